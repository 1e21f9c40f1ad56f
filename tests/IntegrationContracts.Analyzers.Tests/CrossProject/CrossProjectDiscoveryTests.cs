using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.CrossProject;

/// <summary>
/// IC0010 across project references, each project built as its own assembly with the generator: a hosted job in one
/// project that runs an integration interface implemented in another is the integration's driver; a core library that
/// references a queue SDK does not make every type implementing its interfaces an integration.
/// </summary>
public sealed class CrossProjectDiscoveryTests
{
    private const string MailContract = """
        using System.Threading.Tasks;

        namespace Shop.Mail;

        public interface IEmailSender { Task SendAsync(string to, string subject, string body); }
        """;

    /// <summary>A mail module: the interface and its SMTP implementation (MailKit).</summary>
    private static readonly Lazy<MetadataReference> SmtpMailModule = new(() => BuiltProjects.Library("Shop.Mail", MailContract + """

        public sealed class SmtpEmailSender : IEmailSender
        {
            private readonly MailKit.Net.Smtp.SmtpClient _smtp = new();

            public Task SendAsync(string to, string subject, string body) => _smtp.NoOpAsync();
        }
        """));

    /// <summary>The same interface, implemented by a class that only writes to the app's own outbox table.</summary>
    private static readonly Lazy<MetadataReference> OutboxMailModule = new(() => BuiltProjects.Library("Shop.Mail", MailContract + """

        public sealed class OutboxEmailSender(System.Collections.Generic.List<string> outbox) : IEmailSender
        {
            public Task SendAsync(string to, string subject, string body) { outbox.Add(to); return Task.CompletedTask; }
        }
        """));

    /// <summary>
    /// A core library that references the AWS queue SDK for one publisher, and declares the interfaces every entity,
    /// repository and controller of the application implements.
    /// </summary>
    private static readonly Lazy<MetadataReference> CoreWithQueueSdk = new(() => BuiltProjects.Library("Shop.Core", """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SQS;

        namespace Shop.Core;

        public interface IEntity { int Id { get; } }
        public interface IRepository<T> where T : IEntity { Task<T?> GetAsync(int id); Task SaveAsync(T item); }
        public interface ICommand { Task ExecuteAsync(); }
        public interface IPushNotifier { Task PublishAsync(string message); }

        public sealed class SqsPushNotifier(IAmazonSQS sqs) : IPushNotifier
        {
            public Task PublishAsync(string message) => sqs.SendMessageAsync("https://sqs.example/queue", message);
        }
        """));

    private const string NightlyMailJob = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Shop.Mail;

        public sealed class {|#0:NightlyDigestJob|}(IEmailSender mail) : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => mail.SendAsync("ops@contoso.example", "digest", "...");
        }
        """;

    private static Task VerifyAsync(string source, DiagnosticResult[] expected, params MetadataReference[] references)
    {
        var test = VerifyCS.CreateTest(source);
        test.TestState.AdditionalReferences.AddRange(references);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task A_hosted_job_running_an_integration_interface_of_another_project_is_its_driver() =>
        VerifyAsync(
            NightlyMailJob,
            [VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments(
                "NightlyDigestJob",
                "runs IEmailSender, which is implemented by SmtpEmailSender in Shop.Mail, which uses SmtpClient (MailKit)")],
            SmtpMailModule.Value);

    [Fact]
    public Task A_hosted_job_running_an_interface_whose_implementation_is_not_an_integration_is_not_reported() =>
        VerifyAsync(NightlyMailJob.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), [], OutboxMailModule.Value);

    [Fact]
    public void The_mail_module_exports_the_interface_and_not_the_outbox_look_alike()
    {
        Assert.Contains("\"implementedBy\": \"Shop.Mail.SmtpEmailSender\"", BuiltProjects.ManifestOf(SmtpMailModule.Value));
        Assert.DoesNotContain("\"exports\"", BuiltProjects.ManifestOf(OutboxMailModule.Value));
    }

    [Fact]
    public Task Entities_repositories_commands_and_controllers_implementing_a_queue_sdk_core_library_are_not_integrations() =>
        VerifyAsync("""
            using System.Threading.Tasks;
            using Shop.Core;

            public sealed class Customer : IEntity { public int Id { get; set; } }

            public sealed class CustomerRepository : IRepository<Customer>
            {
                public Task<Customer?> GetAsync(int id) => Task.FromResult<Customer?>(null);
                public Task SaveAsync(Customer item) => Task.CompletedTask;
            }

            public sealed class RenameCustomer(IRepository<Customer> customers) : ICommand
            {
                public Task ExecuteAsync() => customers.SaveAsync(new Customer());
            }

            public sealed class CustomersController(IRepository<Customer> customers)
            {
                public Task<Customer?> Get(int id) => customers.GetAsync(id);
            }
            """, [], CoreWithQueueSdk.Value);

    [Fact]
    public Task A_job_holding_the_core_library_queue_publisher_is_reported() =>
        VerifyAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;
            using Shop.Core;

            public sealed class {|#0:PushFanOutJob|}(IPushNotifier notifier) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => notifier.PublishAsync("tick");
            }
            """,
            [VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments(
                "PushFanOutJob",
                // The publisher's interface is a messaging abstraction: it hands messages to the SQS client it holds.
                "uses IPushNotifier (AWSSDK.SQS through SqsPushNotifier)")],
            CoreWithQueueSdk.Value);
}
