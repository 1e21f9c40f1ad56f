using IntegrationContracts.Analyzers.Tests.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// What IC0010 does not report: marked integrations, abstract types and interfaces, HTTP message handlers, DI and host
/// registration, client factories, alert hooks, health checks, UI components, test projects and generated code.
/// </summary>
public sealed class IC0010ExclusionTests
{
    [Fact]
    public Task Type_marked_Integration_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using IntegrationContracts;

            [Integration("price-feed")]
            public sealed class PriceFeed(HttpClient http) { }
            """);

    [Fact]
    public Task Type_with_a_member_marked_Integration_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using IntegrationContracts;

            public sealed class WarehouseJobs(HttpClient http)
            {
                [Integration("stock-levels-to-shop")]
                public Task PushStockLevelsAsync() => http.PostAsync("stock", null);
            }
            """);

    [Fact]
    public Task Nested_helper_of_a_marked_integration_is_covered_by_it() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using IntegrationContracts;

            [Integration("shop-orders-to-erp")]
            public sealed class ShopOrderImport
            {
                private sealed class ShopApi(HttpClient http) { }
            }
            """);

    [Fact]
    public Task Subclass_of_a_marked_integration_is_covered_by_its_base() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using IntegrationContracts;

            [Integration("carrier-tracking")]
            public class CarrierTracking { protected HttpClient Http { get; } = new(); }
            public sealed class DhlTracking : CarrierTracking { }
            """);

    [Fact]
    public Task Abstract_types_and_interfaces_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using MassTransit;

            public abstract class ApiClientBase(HttpClient http) { protected HttpClient Http { get; } = http; }
            public abstract class ConsumerBase<T> : IConsumer<T> where T : class
            {
                public abstract System.Threading.Tasks.Task Consume(ConsumeContext<T> context);
            }
            public interface IHasClient { HttpClient Client { get; } }
            """);

    [Fact]
    public Task HTTP_message_handlers_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            // Fetches a token with its own client: part of another client's pipeline, not an integration of its own.
            public sealed class ErpTokenHandler(IHttpClientFactory clients) : DelegatingHandler
            {
                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    HttpClient tokens = clients.CreateClient("erp-auth");
                    request.Headers.Authorization = new("Bearer", await tokens.GetStringAsync("token", cancellationToken));
                    return await base.SendAsync(request, cancellationToken);
                }
            }

            public sealed class RecordingHandler : HttpMessageHandler
            {
                public HttpClient? Owner { get; set; }
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                    Task.FromResult(new HttpResponseMessage());
            }
            """);

    [Fact]
    public Task DI_registration_extensions_are_not_reported_and_the_registered_client_is() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;
            using Azure.Messaging.ServiceBus;
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.DependencyInjection;

            public static class IntegrationServiceCollectionExtensions
            {
                public static IServiceCollection AddIntegrations(this IServiceCollection services, string serviceBus, string storage)
                {
                    services.AddSingleton(new ServiceBusClient(serviceBus));
                    services.AddSingleton(_ => new BlobServiceClient(storage));
                    var shared = new HttpClient { BaseAddress = new Uri("https://erp.contoso.example") };
                    services.AddSingleton(shared);
                    services.AddHttpClient<PriceFeed>(client => client.BaseAddress = new Uri("https://prices.example"));
                    return services;
                }
            }

            public sealed class {|IC0010:PriceFeed|}(HttpClient http) { }
            """);

    [Fact]
    public Task Startup_and_host_builder_configuration_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Azure.Messaging.ServiceBus;
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public sealed class Startup
            {
                public void ConfigureServices(IServiceCollection services) =>
                    services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
            }

            public static class HostSetup
            {
                public static IHostBuilder Configure(IHostBuilder host) =>
                    host.ConfigureServices((context, services) => services.AddSingleton(new ServiceBusClient("Endpoint=sb://x/;SharedAccessKeyName=a;SharedAccessKey=b")));
            }
            """);

    [Fact]
    public Task Top_level_program_that_registers_clients_is_not_reported()
    {
        var test = VerifyCS.CreateTest("""
            using Azure.Storage.Blobs;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
            """);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Console.WriteLine(await new HttpClient().GetStringAsync(\"https://prices.example/latest\"));")]
    [InlineData("var http = new HttpClient();\nConsole.WriteLine(await http.GetStringAsync(\"https://prices.example/latest\"));\npartial class Program { static readonly HttpClient Shared = new(); }")]
    public Task Top_level_program_that_calls_a_client_itself_is_not_reported(string program)
    {
        // The compiler's Program (with any partial Program merged in) has no declaration an attribute could go on.
        var test = VerifyCS.CreateTest("using System;\nusing System.Net.Http;\n\n" + program);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task A_class_named_Program_without_top_level_statements_is_still_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            namespace Contoso;

            public sealed class {|IC0010:Program|}(HttpClient http)
            {
                public System.Threading.Tasks.Task<string> RunAsync() => http.GetStringAsync("https://prices.example/latest");
            }
            """);

    [Fact]
    public Task Client_factories_that_hand_out_clients_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using Azure.Storage.Blobs;

            public sealed class ContainerFactory
            {
                public BlobContainerClient Create(string container) => new("UseDevelopmentStorage=true", container);
            }

            public sealed class PinnedClientFactory : IHttpClientFactory
            {
                public HttpClient CreateClient(string name)
                {
                    return new HttpClient(new SocketsHttpHandler(), disposeHandler: false);
                }
            }
            """);

    [Fact]
    public Task Alert_hooks_health_checks_and_UI_components_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using IntegrationContracts;
            using Microsoft.AspNetCore.Components;
            using Microsoft.Extensions.Diagnostics.HealthChecks;

            public sealed class TeamsWebhookAlert(HttpClient http) : IIntegrationAlertHook
            {
                public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) =>
                    http.PostAsync("https://contoso.webhook.office.com/x", new StringContent(failure.Integration.Name), cancellationToken);
            }

            public sealed class ErpHealthCheck(HttpClient http) : IHealthCheck
            {
                public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
                    (await http.GetAsync("health", cancellationToken)).IsSuccessStatusCode ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
            }

            public sealed class OrderList : ComponentBase
            {
                [Inject] public HttpClient Http { get; set; } = null!;
            }
            """);

    [Fact]
    public Task DTOs_options_and_mappers_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;

            public sealed record ErpOrderResponse(string OrderNo, string Status);
            public sealed class ErpOptions { public Uri BaseAddress { get; set; } = new("https://erp.example"); public string ApiKey { get; set; } = ""; }
            public static class ErpOrderMapper { public static string ToStatus(ErpOrderResponse response) => response.Status.ToUpperInvariant(); }
            public enum SyncState { Pending, Sent }
            public delegate HttpClient ClientSelector(string name);
            """);

    [Fact]
    public Task Test_projects_are_not_analyzed_xunit()
    {
        var test = VerifyCS.CreateTest("""
            using System.Net.Http;
            public sealed class PriceFeedTests { private readonly HttpClient _http = new(); [Xunit.Fact] public void Works() { } }
            """);
        test.TestState.AdditionalReferences.AddRange(Verifiers.ClientLibraries.Xunit);
        return test.RunAsync();
    }

    [Theory]
    [InlineData(LibraryStubs.NUnit)]
    [InlineData(LibraryStubs.MSTest)]
    public Task Test_projects_are_not_analyzed_NUnit_and_MSTest(string framework) =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            public sealed class PriceFeedTests { private readonly HttpClient _http = new(); }
            """,
            framework);

    [Fact]
    public Task Generated_code_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            // <auto-generated/>
            using System.Net.Http;
            public sealed class GeneratedApiClient(HttpClient http) { }
            """,
            """
            using System.Net.Http;
            [System.CodeDom.Compiler.GeneratedCode("NSwag", "14.0.0")]
            public sealed class NSwagErpClient(HttpClient http) { }
            """);

    [Fact]
    public Task Compilation_without_the_contracts_library_is_not_analyzed()
    {
        var test = VerifyCS.CreateTest("""
            using System.Net.Http;
            public sealed class PriceFeed(HttpClient http) { }
            """);
        var contracts = typeof(IntegrationAttribute).Assembly.Location;
        var withoutContracts = Verifiers.ClientLibraries.References.Where(reference => reference.Display != contracts).ToList();
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(withoutContracts);
        return test.RunAsync();
    }

    [Fact]
    public Task Compilation_that_references_no_client_family_is_not_analyzed()
    {
        // Only the core library and the contracts: no HttpClient, no bus, nothing to recognise.
        var test = VerifyCS.CreateTest("""
            public sealed class Calculator { private readonly object _state = new(); public int Add(int a, int b) => a + b; }
            """);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
        return test.RunAsync();
    }
}
