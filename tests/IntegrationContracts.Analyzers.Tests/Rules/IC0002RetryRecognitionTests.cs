using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0002 recognises retry in code: Polly v8/v7, typed-client registrations, bus configuration.</summary>
public sealed class IC0002RetryRecognitionTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        """;

    [Fact]
    public Task Injected_polly_v8_pipeline_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Polly;

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(ResiliencePipeline pipeline, HttpClient http)
            {
                public ValueTask RunAsync(CancellationToken ct) => pipeline.ExecuteAsync(async token => { await http.GetAsync("/orders", token); }, ct);
            }
            """);

    [Fact]
    public Task Polly_v8_pipeline_built_with_a_retry_inside_the_type_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Polly;
            using Polly.Retry;

            [Integration("shop-orders")]
            public sealed class ShopOrderSync
            {
                private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
                    .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 3 })
                    .AddTimeout(TimeSpan.FromSeconds(10))
                    .Build();
            }
            """);

    [Fact]
    public Task Polly_v8_pipeline_built_without_a_retry_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Polly;

            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|}
            {
                private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
                    .AddTimeout(TimeSpan.FromSeconds(10))
                    .Build();
            }
            """);

    [Fact]
    public Task Polly_v7_policy_injected_or_built_with_wait_and_retry_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Polly;

            [Integration("erp-invoices")]
            public sealed class InvoiceSync(IAsyncPolicy policy)
            {
                public Task RunAsync() => policy.ExecuteAsync(() => Task.CompletedTask);
            }

            [Integration("erp-items")]
            public sealed class ItemSync
            {
                private readonly IAsyncPolicy _policy = Policy.Handle<HttpRequestException>()
                    .WaitAndRetryAsync(3, attempt => TimeSpan.FromSeconds(attempt));
            }

            [Integration("erp-prices")]
            public sealed class {|IC0002:PriceSync|}
            {
                private readonly IAsyncPolicy _policy = Policy.TimeoutAsync(5);
            }
            """);

    [Fact]
    public Task Typed_client_registered_with_standard_resilience_handler_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class ShopClient(HttpClient http) { }

            [Integration("crm-customers")]
            public sealed class {|IC0002:CrmClient|}(HttpClient http) { }

            public static class Registration
            {
                public static IServiceCollection AddClients(this IServiceCollection services)
                {
                    services.AddHttpClient<ShopClient>(c => c.BaseAddress = new Uri("https://shop.example"))
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5))
                        .AddStandardResilienceHandler();
                    services.AddHttpClient<CrmClient>();
                    return services;
                }
            }
            """);

    [Fact]
    public Task Resilience_handler_counts_only_when_its_configuration_adds_a_retry() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;
            using Polly;

            public interface IShopApi { }

            [Integration("shop-orders")]
            public sealed class ShopApi(HttpClient http) : IShopApi { }

            [Integration("crm-customers")]
            public sealed class {|IC0002:CrmApi|}(HttpClient http) { }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<IShopApi, ShopApi>()
                        .AddResilienceHandler("shop", builder => builder.AddRetry(new Microsoft.Extensions.Http.Resilience.HttpRetryStrategyOptions()));
                    services.AddHttpClient<CrmApi>()
                        .AddResilienceHandler("crm", builder => builder.AddTimeout(TimeSpan.FromSeconds(3)));
                }
            }
            """);

    [Fact]
    public Task Polly_policy_handler_on_the_registration_counts_and_covers_integrations_that_receive_the_client() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;
            using Polly;
            using Polly.Extensions.Http;

            public sealed class ErpClient(HttpClient http) { }

            [Integration("erp-orders")]
            public sealed class OrderExport(ErpClient erp) { }

            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.AddHttpClient<ErpClient>()
                        .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, i => TimeSpan.FromSeconds(i)));
            }
            """);

    [Fact]
    public Task ConfigureHttpClientDefaults_with_resilience_covers_every_typed_client() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class ShopClient(HttpClient http) { }

            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
            }
            """);

    [Fact]
    public Task MassTransit_UseMessageRetry_covers_the_consumers_configured_with_it() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using MassTransit;
            using Microsoft.Extensions.DependencyInjection;

            public sealed record OrderPlaced(string Number);
            public sealed record CustomerChanged(string Id);

            [Integration("orders-to-erp")]
            public sealed class OrderPlacedConsumer : IConsumer<OrderPlaced>
            {
                public Task Consume(ConsumeContext<OrderPlaced> context) => Task.CompletedTask;
            }

            [Integration("customers-to-erp")]
            public sealed class {|IC0002:CustomerChangedConsumer|} : IConsumer<CustomerChanged>
            {
                public Task Consume(ConsumeContext<CustomerChanged> context) => Task.CompletedTask;
            }

            public static class Bus
            {
                public static void AddOrders(IServiceCollection services) =>
                    services.AddMassTransit(x =>
                    {
                        x.AddConsumer<OrderPlacedConsumer>();
                        x.UsingInMemory((context, cfg) =>
                        {
                            cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5)));
                            cfg.ConfigureEndpoints(context);
                        });
                    });
            }
            """);

    [Fact]
    public Task MassTransit_retry_turned_off_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using MassTransit;
            using Microsoft.Extensions.DependencyInjection;

            public sealed record OrderPlaced(string Number);

            [Integration("orders-to-erp")]
            public sealed class {|IC0002:OrderPlacedConsumer|} : IConsumer<OrderPlaced>
            {
                public Task Consume(ConsumeContext<OrderPlaced> context) => Task.CompletedTask;
            }

            public static class Bus
            {
                public static void AddOrders(IServiceCollection services) =>
                    services.AddMassTransit(x =>
                    {
                        x.AddConsumer<OrderPlacedConsumer>();
                        x.UsingInMemory((context, cfg) => { cfg.UseMessageRetry(r => r.None()); cfg.ConfigureEndpoints(context); });
                    });
            }
            """);

    [Fact]
    public Task NServiceBus_recoverability_with_retries_covers_the_handlers_of_the_single_endpoint() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + "using NServiceBus;\n" + """
            public sealed class ShipmentReleased { }

            [Integration("shipments-to-3pl")]
            public sealed class ShipmentReleasedHandler : NServiceBus.IHandleMessages<ShipmentReleased>
            {
                public Task Handle(ShipmentReleased message, NServiceBus.IMessageHandlerContext context) => Task.CompletedTask;
            }

            public static class Endpoint
            {
                public static NServiceBus.EndpointConfiguration Configure()
                {
                    var configuration = new NServiceBus.EndpointConfiguration("Contoso.Logistics");
                    configuration.Recoverability().Immediate(immediate => immediate.NumberOfRetries(3));
                    return configuration;
                }
            }
            """, NServiceBusShapes.Source);

    [Fact]
    public Task NServiceBus_retries_cannot_be_tied_to_a_handler_when_there_are_two_endpoints() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + "using NServiceBus;\n" + """
            public sealed class ShipmentReleased { }

            [Integration("shipments-to-3pl")]
            public sealed class {|IC0002:ShipmentReleasedHandler|} : NServiceBus.IHandleMessages<ShipmentReleased>
            {
                public Task Handle(ShipmentReleased message, NServiceBus.IMessageHandlerContext context) => Task.CompletedTask;
            }

            public static class Endpoints
            {
                public static void Configure()
                {
                    var logistics = new NServiceBus.EndpointConfiguration("Contoso.Logistics");
                    logistics.Recoverability().Delayed(delayed => delayed.NumberOfRetries(2));
                    var billing = new NServiceBus.EndpointConfiguration("Contoso.Billing");
                }
            }
            """, NServiceBusShapes.Source);

    [Fact]
    public Task Plain_integration_without_any_retry_evidence_is_reported_without_waiting_for_the_compilation() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("nightly-export")]
            public sealed class {|IC0002:NightlyExport|}
            {
                public void Run() { }
            }
            """);

    [Fact]
    public Task A_named_client_from_the_factory_counts_when_its_registration_retries() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-orders")]
            public sealed class ErpOrders(IHttpClientFactory factory)
            {
                public Task<string> RunAsync() => factory.CreateClient("erp").GetStringAsync("/orders");
            }

            [Integration("crm-customers")]
            public sealed class {|IC0002:CrmCustomers|}(IHttpClientFactory factory)
            {
                public Task<string> RunAsync() => factory.CreateClient("crm").GetStringAsync("/customers");
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient("erp", c => c.BaseAddress = new Uri("https://erp.example")).AddStandardResilienceHandler();
                    services.AddHttpClient("crm");
                }
            }
            """);

    [Fact]
    public Task Http_client_defaults_cover_clients_taken_from_the_factory() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-orders")]
            public sealed class ErpOrders(IHttpClientFactory factory)
            {
                public Task<string> RunAsync() => factory.CreateClient().GetStringAsync("/orders");
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
            }
            """);

    [Fact]
    public Task Http_client_defaults_count_even_when_another_call_in_their_configuration_does_not_bind()
    {
        var test = VerifyCS.CreateTest(Usings + """
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-orders")]
            public sealed class ErpOrders(HttpClient http)
            {
                public Task<string> RunAsync() => http.GetStringAsync("/orders");
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) =>
                    services.ConfigureHttpClientDefaults(http =>
                    {
                        http.AddStandardResilienceHandler();
                        http.{|#0:AddServiceDiscovery|}();
                    });
            }
            """);
        // Microsoft.Extensions.ServiceDiscovery is not referenced: its extension method does not bind.
        test.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS1061").WithLocation(0).WithArguments("Microsoft.Extensions.DependencyInjection.IHttpClientBuilder", "AddServiceDiscovery"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_hand_written_retry_loop_that_waits_between_attempts_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("erp-orders")]
            public sealed class ErpOrders(HttpClient http)
            {
                private const int MaxAttempts = 4;

                public async Task<string> RunAsync()
                {
                    for (var attempt = 1; ; attempt++)
                    {
                        try { return await http.GetStringAsync("/orders"); }
                        catch (HttpRequestException) when (attempt < MaxAttempts)
                        {
                            await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, attempt)));
                        }
                    }
                }
            }

            [Integration("crm-customers")]
            public sealed class CrmCustomers(HttpClient http)
            {
                public void Run()
                {
                    var attempts = 0;
                    while (true)
                    {
                        try { http.Send(new HttpRequestMessage(HttpMethod.Get, "/customers")); return; }
                        catch (HttpRequestException) when (++attempts < 3) { Thread.Sleep(500); }
                    }
                }
            }
            """);

    [Fact]
    public Task A_loop_that_does_not_wait_or_does_not_try_is_not_a_retry() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("erp-orders")]
            public sealed class {|IC0002:ErpOrders|}(HttpClient http)
            {
                public async Task RunAsync(string[] orders)
                {
                    // Each order once: a loop over work, not over attempts.
                    for (var i = 0; i < orders.Length; i++)
                    {
                        try { await http.PostAsync("/orders", new StringContent(orders[i])); }
                        catch (HttpRequestException) { }
                    }
                }
            }

            [Integration("stock-poll")]
            public sealed class {|IC0002:StockPoll|}(HttpClient http)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    // Polling waits, but tries nothing: a failure ends it.
                    while (!ct.IsCancellationRequested)
                    {
                        await http.GetStringAsync("/stock", ct);
                        await Task.Delay(1000, ct);
                    }
                }
            }
            """);

    [Fact]
    public Task Calls_through_an_abstraction_declared_RetryPolicy_in_another_project_count()
    {
        var test = VerifyCS.CreateTest(Usings + """
            using Contoso.EventBus;

            public sealed record OrderPlaced(string Number);

            [Integration("orders-to-erp")]
            public sealed class OrderPublisher(IEventBus bus)
            {
                public Task PublishAsync(OrderPlaced order) => bus.PublishAsync(order);
            }

            [Integration("audit-to-archive")]
            public sealed class {|IC0002:AuditPublisher|}(IAuditSink sink)
            {
                public Task PublishAsync(string entry) => sink.WriteAsync(entry);
            }
            """);
        var shared = test.TestState.AdditionalProjects["Contoso.EventBus"];
        shared.Sources.Add("""
            namespace Contoso.EventBus
            {
                public interface IEventBus
                {
                    // The broker implementation retries with Polly; whoever publishes through the bus retries.
                    [IntegrationContracts.RetryPolicy(5, Backoff = IntegrationContracts.RetryBackoff.Exponential)]
                    System.Threading.Tasks.Task PublishAsync<T>(T message);
                }

                public interface IAuditSink
                {
                    System.Threading.Tasks.Task WriteAsync(string entry);
                }
            }
            """);
        shared.AdditionalReferences.AddRange(Verifiers.ClientLibraries.References);
        test.TestState.AdditionalProjectReferences.Add("Contoso.EventBus");
        return test.RunAsync();
    }

    [Fact]
    public Task Retry_state_kept_with_the_work_item_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed class OutboxMessage
            {
                public int RetryCount { get; set; }
                public DateTime? NextRetryAt { get; set; }
            }

            [Integration("outbox-to-erp")]
            public sealed class OutboxDispatcher(HttpClient http)
            {
                private const int MaxRetryCount = 5;

                public async Task DispatchAsync(OutboxMessage message)
                {
                    try { await http.PostAsync("/orders", new StringContent("")); }
                    catch (HttpRequestException) when (message.RetryCount < MaxRetryCount)
                    {
                        message.RetryCount++;
                        message.NextRetryAt = DateTime.UtcNow.AddMinutes(message.RetryCount);
                    }
                }
            }

            [Integration("mail-out")]
            public sealed class MailSender(HttpClient http)
            {
                public async Task SendAsync(int sentTries)
                {
                    if (sentTries >= 3) { return; }
                    await http.PostAsync("/mail", new StringContent(""));
                }
            }
            """);

    [Fact]
    public Task Counts_of_other_things_are_not_retry_state() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("countries")]
            public sealed class {|IC0002:CountrySync|}(HttpClient http)
            {
                public async Task RunAsync(string[] countries, int entries)
                {
                    if (countries.Length > 0 && entries < 100)
                    {
                        await http.GetStringAsync("/countries");
                    }
                }
            }
            """);
}

/// <summary>
/// NServiceBus is not served by this machine's package registry: these are faithful copies of the public shapes the
/// rule relies on (same namespaces, type names and signatures as NServiceBus 9).
/// </summary>
internal static class NServiceBusShapes
{
    public const string Source = """
        namespace NServiceBus
        {
            public interface IMessageHandlerContext { }
            public interface IHandleMessages<T> { System.Threading.Tasks.Task Handle(T message, IMessageHandlerContext context); }
            public class EndpointConfiguration { public EndpointConfiguration(string endpointName) { } }
            public class RecoverabilitySettings
            {
                public RecoverabilitySettings Immediate(System.Action<ImmediateRetriesSettings> customizations) => this;
                public RecoverabilitySettings Delayed(System.Action<DelayedRetriesSettings> customizations) => this;
            }
            public class ImmediateRetriesSettings { public ImmediateRetriesSettings NumberOfRetries(int numberOfRetries) => this; }
            public class DelayedRetriesSettings { public DelayedRetriesSettings NumberOfRetries(int numberOfRetries) => this; }
            public static class ConfigureRecoverability
            {
                public static RecoverabilitySettings Recoverability(this EndpointConfiguration configuration) => new RecoverabilitySettings();
            }
        }

        """;
}
