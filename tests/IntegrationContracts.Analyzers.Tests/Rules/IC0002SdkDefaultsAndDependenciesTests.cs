using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0002 recognises retry that the integration's code does not spell out: vendor SDK clients that retry by default,
/// the Aspire service defaults from a shared project, and a retrying client or provider the integration calls through.
/// </summary>
public sealed class IC0002SdkDefaultsAndDependenciesTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using IntegrationContracts;
        using Microsoft.Extensions.DependencyInjection;

        """;

    // The .NET Aspire service defaults, as the shared ServiceDefaults project every app references.
    // Event Hubs' client types where the SDK declares them (recognised by namespace, like the real package).
    private static readonly Lazy<MetadataReference> EventHubs = new(() => StubAssemblies.Package("Azure.Messaging.EventHubs", """
        namespace Azure.Messaging.EventHubs
        {
            public class EventHubsRetryOptions { public int MaxRetries { get; set; } = 3; }
            public class EventHubConnectionOptions { }
        }
        namespace Azure.Messaging.EventHubs.Producer
        {
            public class EventHubProducerClientOptions { public Azure.Messaging.EventHubs.EventHubsRetryOptions RetryOptions { get; set; } = new(); }
            public class EventHubProducerClient
            {
                public EventHubProducerClient(string connectionString, EventHubProducerClientOptions? options = null) { }
                public System.Threading.Tasks.Task SendAsync(object batch) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """));

    private static readonly Lazy<MetadataReference> ServiceDefaults = new(() => StubAssemblies.Project("Contoso.ServiceDefaults", """
        namespace Microsoft.Extensions.Hosting
        {
            public static class ServiceDefaultsExtensions
            {
                public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder => builder;
                public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder => builder;
            }
        }
        """));

    private static Task VerifyAsync(string source, params MetadataReference[] references)
    {
        var test = VerifyCS.CreateTest(Usings + source);
        test.TestState.AdditionalReferences.AddRange(references);
        return test.RunAsync();
    }

    [Fact]
    public Task Aws_and_azure_sdk_clients_retry_by_default() =>
        VerifyAsync("""
            [Integration("invoices-to-s3")]
            public sealed class InvoiceArchive(Amazon.S3.IAmazonS3 s3)
            {
                private readonly Amazon.S3.AmazonS3Client _client = new();
            }

            [Integration("pictures-to-blob")]
            public sealed class PictureStore
            {
                private readonly Azure.Storage.Blobs.BlobServiceClient _blobs = new("UseDevelopmentStorage=true");
            }

            // An interface alone says nothing about the client behind it.
            [Integration("invoices-to-s3-by-interface")]
            public sealed class {|IC0002:InvoiceArchiveByInterface|}(Amazon.S3.IAmazonS3 s3) { }
            """);

    [Fact]
    public Task Aspire_service_defaults_from_a_shared_project_cover_factory_clients_and_basic_defaults_do_not() =>
        VerifyAsync("""
            using Microsoft.Extensions.Hosting;

            [Integration("erp-orders")]
            public sealed class ErpOrders(HttpClient http) { }

            [Integration("ftp-drop")]
            public sealed class {|IC0002:FtpDrop|}(System.IO.Stream drop) { }

            public static class Startup
            {
                public static void Configure(IHostApplicationBuilder builder) => builder.AddServiceDefaults();
            }
            """, ServiceDefaults.Value);

    [Fact]
    public Task Basic_service_defaults_without_resilience_do_not_count() =>
        VerifyAsync("""
            using Microsoft.Extensions.Hosting;

            [Integration("erp-orders")]
            public sealed class {|IC0002:ErpOrders|}(HttpClient http) { }

            public static class Startup
            {
                public static void Configure(IHostApplicationBuilder builder) => builder.AddBasicServiceDefaults();
            }
            """, ServiceDefaults.Value);

    // An event bus in another project whose code the user cannot annotate.
    private static readonly Lazy<MetadataReference> Bus = new(() => StubAssemblies.Project("Contoso.Bus", """
        namespace Contoso.Bus
        {
            public interface IEventBus { System.Threading.Tasks.Task PublishAsync(object e); }
        }
        """));

    [Fact]
    public Task The_retrying_calls_option_names_methods_whose_callers_retry()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("orders-out")]
            public sealed class OrderEvents(Contoso.Bus.IEventBus bus)
            {
                public Task PublishAsync() => bus.PublishAsync(new object());
            }

            [Integration("orders-in")]
            public sealed class {|IC0002:OrderReader|}(Contoso.Bus.IEventBus bus) { }
            """);
        test.TestState.AdditionalReferences.Add(Bus.Value);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintegration_contracts.retrying_calls = Contoso.Bus.IEventBus.PublishAsync, Other.Type.Send\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_retrying_calls_option_can_name_every_call_through_a_type()
    {
        // A plugin library whose host adds a retrying handler to every HttpClient (ConfigureHttpClientDefaults in
        // another application): its team states it once for the project.
        var test = VerifyCS.CreateTest(Usings + """
            using System.Net.Http.Json;

            [Integration("exchange-rates")]
            public sealed class EcbRates(HttpClient http)
            {
                public Task<decimal> GetAsync() => http.GetFromJsonAsync<decimal>("/rates"); // an extension method on HttpClient
            }

            [Integration("captcha")]
            public sealed class Captcha(IHttpClientFactory factory)
            {
                public Task<HttpResponseMessage> VerifyAsync() => factory.CreateClient().PostAsync("/verify", null);
            }

            [Integration("sftp-drop")]
            public sealed class {|IC0002:SftpDrop|}(System.IO.Stream drop) { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintegration_contracts.retrying_calls = System.Net.Http.HttpClient.*\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_single_delayed_second_attempt_in_the_catch_counts_and_a_wait_alone_does_not() =>
        VerifyAsync("""
            [Integration("rates-in")]
            public sealed class RatesImport(HttpClient http)
            {
                public async Task<string> FetchAsync()
                {
                    try { return await http.GetStringAsync("/rates"); }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(5)); // honour Retry-After, then one more attempt
                        return await http.GetStringAsync("/rates");
                    }
                }
            }

            [Integration("stock-in")]
            public sealed class {|IC0002:StockImport|}(HttpClient http)
            {
                public async Task<string?> FetchAsync()
                {
                    try { return await http.GetStringAsync("/stock"); }
                    catch (HttpRequestException)
                    {
                        await Task.Delay(1000);
                        return null;
                    }
                }
            }
            """);

    [Fact]
    public Task Calling_through_a_retrying_client_or_provider_of_the_project_counts() =>
        VerifyAsync("""
            public sealed class ErpClient(HttpClient http) { }

            public interface IRates { }
            public sealed class EcbRates(HttpClient http) : IRates { }

            [Integration("orders-to-erp")]
            public sealed class OrderExport(ErpClient erp) { }

            [Integration("rates-update")]
            public sealed class RatesUpdate(IRates rates) { }

            // Two steps away: a job, a service, the retrying client.
            public sealed class OrderService(ErpClient erp) { }

            [Integration("nightly-orders")]
            public sealed class NightlyOrders(OrderService orders) { }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<ErpClient>().AddStandardResilienceHandler();
                    services.AddHttpClient<EcbRates>().AddStandardResilienceHandler();
                }
            }
            """);

    [Fact]
    public Task A_dependency_that_does_not_retry_or_an_interface_with_one_non_retrying_implementation_does_not_count() =>
        VerifyAsync("""
            public sealed class ErpClient(HttpClient http) { }

            public interface IRates { }
            public sealed class EcbRates(HttpClient http) : IRates { }
            public sealed class NbpRates(HttpClient http) : IRates { }

            // A scheduler that retries its own jobs in a loop does not retry the calls made through it.
            public sealed class JobScheduler
            {
                public async Task RunAsync(Func<Task> job)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        try { await job(); return; }
                        catch (HttpRequestException) { await Task.Delay(1000); }
                    }
                }
            }

            [Integration("orders-to-erp")]
            public sealed class {|IC0002:OrderExport|}(ErpClient erp) { }

            [Integration("rates-update")]
            public sealed class {|IC0002:RatesUpdate|}(IRates rates) { }

            [Integration("scheduled-export")]
            public sealed class {|IC0002:ScheduledExport|}(JobScheduler scheduler, HttpClient http) { }

            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.AddHttpClient<EcbRates>().AddStandardResilienceHandler();
            }
            """);

    [Fact]
    public Task Service_bus_clients_retry_three_times_by_default_though_their_options_are_not_ClientOptions() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Azure.Messaging.ServiceBus;

            [Integration("shipments-out")]
            public sealed class ShipmentPublisher(ServiceBusSender sender)
            {
                public Task PublishAsync(ServiceBusMessage message) => sender.SendMessageAsync(message);
            }

            [Integration("shipments-in")]
            public sealed class ShipmentReader
            {
                private readonly ServiceBusClient _client = new("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=v");
            }
            """);

    [Fact]
    public Task Service_bus_retries_set_to_zero_anywhere_in_the_project_turn_the_default_off() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Azure.Messaging.ServiceBus;

            public static class Bus
            {
                public static ServiceBusClient Create(string connection) =>
                    new(connection, new ServiceBusClientOptions { RetryOptions = new ServiceBusRetryOptions { MaxRetries = 0 } });
            }

            [Integration("shipments-out")]
            public sealed class {|IC0002:ShipmentPublisher|}(ServiceBusSender sender)
            {
                public Task PublishAsync(ServiceBusMessage message) => sender.SendMessageAsync(message);
            }
            """);

    [Fact]
    public Task Event_hubs_clients_retry_by_default_unless_set_to_zero()
    {
        var retrying = VerifyCS.CreateTest(Usings + """
            using Azure.Messaging.EventHubs.Producer;

            [Integration("telemetry-out")]
            public sealed class TelemetryPublisher(EventHubProducerClient producer)
            {
                public Task PublishAsync(object batch) => producer.SendAsync(batch);
            }
            """);
        retrying.TestState.AdditionalReferences.Add(EventHubs.Value);

        var off = VerifyCS.CreateTest(Usings + """
            using Azure.Messaging.EventHubs;
            using Azure.Messaging.EventHubs.Producer;

            public static class Hubs
            {
                public static EventHubProducerClient Create(string connection)
                {
                    var options = new EventHubProducerClientOptions();
                    options.RetryOptions.MaxRetries = 0;
                    return new EventHubProducerClient(connection, options);
                }
            }

            [Integration("telemetry-out")]
            public sealed class {|IC0002:TelemetryPublisher|}(EventHubProducerClient producer)
            {
                public Task PublishAsync(object batch) => producer.SendAsync(batch);
            }
            """);
        off.TestState.AdditionalReferences.Add(EventHubs.Value);
        return Task.WhenAll(retrying.RunAsync(), off.RunAsync());
    }

    // A look-alike: the application's own "ServiceBusClient" (not the SDK's namespace) retries nothing.
    [Fact]
    public Task An_own_type_named_like_a_service_bus_client_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            namespace Contoso.Messaging { public sealed class ServiceBusClient { public Task SendAsync(string m) => Task.CompletedTask; } }

            [Integration("shipments-out")]
            public sealed class {|IC0002:ShipmentPublisher|}(Contoso.Messaging.ServiceBusClient client)
            {
                public Task PublishAsync(string message) => client.SendAsync(message);
            }
            """);
}
