using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0010 beyond the catalog: vendor SDK clients recognised by what they are, an application's own event bus over a
/// broker, and classes that drive an integration — each with the look-alikes that must stay quiet.
/// </summary>
public sealed class IC0010SdkBusAndDriverTests
{
    private const string PaymentsSdk = """
        namespace Vendor.Payments
        {
            public sealed class PaymentsGateway
            {
                private readonly System.Net.Http.HttpClient _http = new();
                public TransactionApi Transaction { get; } = new();
            }
            public sealed class TransactionApi { public System.Threading.Tasks.Task<string> SaleAsync(decimal amount) => System.Threading.Tasks.Task.FromResult("ok"); }
            public sealed class PaymentsClient { public System.Threading.Tasks.Task<string> ChargeAsync() => System.Threading.Tasks.Task.FromResult("ok"); }
            public sealed class ChargeOptions { public decimal Amount { get; set; } }
            public sealed class ReportingService { public string Format(decimal amount) => amount.ToString(); }
        }
        """;

    private static readonly Lazy<MetadataReference> PaymentsPackage = new(() => StubAssemblies.Package("Vendor.Payments", PaymentsSdk));

    // The same library built by a project of the solution: the application's own code, not an SDK.
    private static readonly Lazy<MetadataReference> PaymentsProject = new(() => StubAssemblies.Project("Contoso.Payments", PaymentsSdk.Replace("Vendor.Payments", "Contoso.Payments")));

    // The broker client is the real RabbitMQ.Client the test project references.
    private static readonly Lazy<MetadataReference[]> EventBus = new(() =>
    {
        var abstractions = StubAssemblies.Project("Contoso.EventBus", """
            namespace Contoso.EventBus
            {
                public abstract record IntegrationEvent;
                public interface IEventBus { System.Threading.Tasks.Task PublishAsync(IntegrationEvent e); }
                public interface IIntegrationEventHandler<in T> where T : IntegrationEvent { System.Threading.Tasks.Task Handle(T e); }
                public interface IEventSerializer { string Serialize(IntegrationEvent e); }
            }
            """);
        var rabbit = StubAssemblies.Project("Contoso.EventBusRabbitMQ", """
            namespace Contoso.EventBusRabbitMQ
            {
                public sealed class RabbitMQEventBus(RabbitMQ.Client.IConnection connection) : Contoso.EventBus.IEventBus
                {
                    public System.Threading.Tasks.Task PublishAsync(Contoso.EventBus.IntegrationEvent e) => System.Threading.Tasks.Task.CompletedTask;
                }
            }
            """, abstractions);
        var inProcess = StubAssemblies.Project("Contoso.Mediator", """
            namespace Contoso.Mediator
            {
                public interface IDomainBus { void Raise(object e); }
                public interface IDomainEventHandler<T> { void Handle(T e); }
                public sealed class DomainBus : IDomainBus { public void Raise(object e) { } }
            }
            """);
        return [abstractions, rabbit, inProcess];
    });

    // A core library shaped like a large SaaS back end's: it references a queue SDK for one service (a private field,
    // invisible from here), and declares the interfaces of its entities, repositories, commands and mail service.
    private static readonly Lazy<MetadataReference> CoreWithQueueSdk = new(() => StubAssemblies.Project("Contoso.Core", """
        namespace Contoso.Core
        {
            public interface ITableObject<T> { T Id { get; set; } void SetNewId(); }
            public interface IRepository<T> { System.Threading.Tasks.Task<T?> GetByIdAsync(System.Guid id); System.Threading.Tasks.Task CreateAsync(T item); }
            public interface ICommand<T> { System.Threading.Tasks.Task<T> RunAsync(); }
            public interface IMailService { System.Threading.Tasks.Task SendWelcomeEmailAsync(string to); }
            public interface IBlockIpService { System.Threading.Tasks.Task BlockIpAsync(string ip); }
            public interface IAuditPublisher { System.Threading.Tasks.Task PublishAsync(object auditEvent); }

            public class Organization : ITableObject<System.Guid> { public System.Guid Id { get; set; } public void SetNewId() { } }
            public class OrganizationRepository : IRepository<Organization>
            {
                public System.Threading.Tasks.Task<Organization?> GetByIdAsync(System.Guid id) => System.Threading.Tasks.Task.FromResult<Organization?>(null);
                public System.Threading.Tasks.Task CreateAsync(Organization item) => System.Threading.Tasks.Task.CompletedTask;
            }
            public class CreateOrganizationCommand : ICommand<Organization> { public System.Threading.Tasks.Task<Organization> RunAsync() => System.Threading.Tasks.Task.FromResult(new Organization()); }
            public class HandlebarsMailService : IMailService { public System.Threading.Tasks.Task SendWelcomeEmailAsync(string to) => System.Threading.Tasks.Task.CompletedTask; }

            // Named after its broker, but blocking an IP is not handing a message on; its client is private.
            public class RabbitMqBlockIpService : IBlockIpService
            {
                private readonly RabbitMQ.Client.IConnection? _connection = null;
                public System.Threading.Tasks.Task BlockIpAsync(string ip) => System.Threading.Tasks.Task.CompletedTask;
            }

            // Named after its broker and publishing: the application's own bus over it.
            public class RabbitMqAuditPublisher : IAuditPublisher
            {
                public System.Threading.Tasks.Task PublishAsync(object auditEvent) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """));

    private static Task VerifyAsync(string source, params MetadataReference[] references)
    {
        var test = VerifyCS.CreateTest(source);
        test.TestState.AdditionalReferences.AddRange(references);
        return test.RunAsync();
    }

    [Fact]
    public Task An_sdk_client_from_a_package_that_brings_its_own_network_stack_is_recognised_by_what_it_is() =>
        VerifyAsync("""
            using Vendor.Payments;

            public sealed class {|IC0010:CardPayments|}(PaymentsGateway gateway) { }

            public sealed class {|IC0010:Refunds|}
            {
                public System.Threading.Tasks.Task<string> RefundAsync() => new PaymentsClient().ChargeAsync();
            }

            // The SDK's option types and a helper without I/O are not clients.
            public sealed class ChargeMapper { public ChargeOptions Map(decimal amount) => new() { Amount = amount }; }
            public sealed class Receipts(ReportingService reporting) { }
            """, PaymentsPackage.Value);

    [Fact]
    public Task The_same_types_from_a_project_of_the_solution_are_the_applications_own_code() =>
        VerifyAsync("""
            using Contoso.Payments;

            public sealed class CardPayments(PaymentsGateway gateway) { }
            public sealed class Refunds(PaymentsClient client) { }
            """, PaymentsProject.Value);

    [Fact]
    public Task Handlers_and_publishers_of_an_event_bus_implemented_over_a_broker_are_integrations() =>
        VerifyAsync("""
            using System.Threading.Tasks;
            using Contoso.EventBus;

            public sealed record OrderStarted : IntegrationEvent;

            public sealed class {|IC0010:OrderStartedHandler|} : IIntegrationEventHandler<OrderStarted>
            {
                public Task Handle(OrderStarted e) => Task.CompletedTask;
            }

            public sealed class {|IC0010:OrderEvents|}(IEventBus bus)
            {
                public Task PublishAsync() => bus.PublishAsync(new OrderStarted());
            }

            // An interface next to the bus that is not a handler, and an in-process bus with its handlers: look-alikes.
            public sealed class Serializer(IEventSerializer serializer) { }
            public sealed class PriceChanged(Contoso.Mediator.IDomainBus bus) { }
            public sealed class PriceChangedHandler : Contoso.Mediator.IDomainEventHandler<OrderStarted>
            {
                public void Handle(OrderStarted e) { }
            }
            """, EventBus.Value);

    [Fact]
    public Task A_library_that_references_a_queue_sdk_does_not_make_every_interface_it_declares_a_bus() =>
        VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Contoso.Core;

            // Entities, repositories, commands, controllers and jobs of the application: none of them reaches the queue.
            public sealed class Collection : ITableObject<Guid> { public Guid Id { get; set; } public void SetNewId() => Id = Guid.NewGuid(); }
            public sealed class CollectionRepository : IRepository<Collection>
            {
                public Task<Collection?> GetByIdAsync(Guid id) => Task.FromResult<Collection?>(null);
                public Task CreateAsync(Collection item) => Task.CompletedTask;
            }
            public sealed class DeleteCollectionCommand(IRepository<Collection> collections) : ICommand<bool> { public Task<bool> RunAsync() => Task.FromResult(true); }
            public sealed class OrganizationsController(IRepository<Organization> organizations, ICommand<Organization> create) { }
            public sealed class SignupController(IMailService mail) { }
            public sealed class LoginController(IBlockIpService blocker) { }

            // Holding the bus the library publishes through is publishing through its broker.
            public sealed class {|IC0010:AuditTrail|}(IAuditPublisher publisher)
            {
                public Task RecordAsync(object e) => publisher.PublishAsync(e);
            }
            """, CoreWithQueueSdk.Value);

    [Fact]
    public Task A_hosted_service_or_job_that_runs_an_integration_is_reported_with_what_it_runs() =>
        VerifyAsync("""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;

            public sealed class {|IC0010:ErpClient|}(HttpClient http) { }
            public interface IRatesProvider { }
            public sealed class {|IC0010:EcbRates|}(HttpClient http) : IRatesProvider { }
            public sealed class OrderRepository { }

            public sealed class {|IC0010:ErpSyncService|}(ErpClient erp) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }

            public interface IScheduleTask { Task Execute(); }
            public sealed class {|IC0010:UpdateRatesTask|}(IRatesProvider rates) : IScheduleTask
            {
                public Task Execute() => Task.CompletedTask;
            }

            // A hosted service that only touches the app's own data, and a controller that only passes a result through.
            public sealed class CleanupService(OrderRepository orders) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }

            public sealed class OrdersController(ErpClient erp) { }
            """);

    [Fact]
    public Task A_provider_plugged_in_for_an_external_system_runs_the_integration_it_holds() =>
        VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class {|IC0010:StripeCheckoutService|}(HttpClient http) { }
            public sealed class OrderRepository { }
            public interface IPaymentProvider { Task<string> PayAsync(decimal amount); }

            public sealed class {|IC0010:StripePaymentProvider|}(StripeCheckoutService stripe) : IPaymentProvider
            {
                public Task<string> PayAsync(decimal amount) => Task.FromResult("ok");
            }

            // Look-alikes: a provider over the app's own data, and a framework provider interface.
            public sealed class CashOnDeliveryProvider(OrderRepository orders) : IPaymentProvider
            {
                public Task<string> PayAsync(decimal amount) => Task.FromResult("pending");
            }

            // A decorator passes calls through to what it wraps: the wrapped providers are the integrations.
            public sealed class LoggingPaymentProvider(IPaymentProvider inner) : IPaymentProvider
            {
                public Task<string> PayAsync(decimal amount) => inner.PayAsync(amount);
            }

            public sealed class InvariantFormat(StripeCheckoutService stripe) : IFormatProvider
            {
                public object? GetFormat(Type? formatType) => null;
            }
            """);

    [Fact]
    public Task The_driver_message_names_the_integration_it_runs() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;

            public sealed class {|#0:ErpClient|}(HttpClient http) { }

            public sealed class {|#1:ErpSyncService|}(ErpClient erp) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }

            public interface IRates { }
            public sealed class {|#2:EcbRates|}(HttpClient http) : IRates { }

            public sealed class {|#3:RatesService|}(IRates rates) : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }
            """,
            [
                VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ErpClient", "uses HttpClient"),
                VerifyCS.Diagnostic("IC0010").WithLocation(1).WithArguments("ErpSyncService", "runs ErpClient, which uses HttpClient"),
                VerifyCS.Diagnostic("IC0010").WithLocation(2).WithArguments("EcbRates", "uses HttpClient"),
                VerifyCS.Diagnostic("IC0010").WithLocation(3).WithArguments("RatesService", "runs IRates, which is implemented by EcbRates, which uses HttpClient"),
            ]);
}
