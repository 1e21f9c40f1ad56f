using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.CrossProject;

/// <summary>
/// IC0002 across project references, each project built as its own assembly with the generator (so it embeds its
/// manifest and exports): retry that lives in a referenced project — an event bus with its Polly pipeline, HttpClient
/// defaults applied by a service-defaults library — is recognised in the projects that call through it.
/// </summary>
public sealed class CrossProjectRetryTests
{
    private const string EventBusContract = """
        using System.Threading;
        using System.Threading.Tasks;
        using Polly;
        using RabbitMQ.Client;

        namespace Shop.EventBus;

        public interface IEventBus { Task PublishAsync(object message, CancellationToken cancellationToken = default); }
        """;

    /// <summary>A building-block library: the RabbitMQ bus publishes through a Polly pipeline with a retry.</summary>
    private static readonly Lazy<MetadataReference> RetryingBus = new(() => BuiltProjects.Library("Shop.EventBus", EventBusContract + """

        public sealed class RabbitMqEventBus(IChannel channel) : IEventBus
        {
            private readonly ResiliencePipeline _pipeline = new ResiliencePipelineBuilder()
                .AddRetry(new Polly.Retry.RetryStrategyOptions { MaxRetryAttempts = 5 })
                .Build();

            public async Task PublishAsync(object message, CancellationToken cancellationToken = default) =>
                await _pipeline.ExecuteAsync(async token => await channel.BasicPublishAsync("orders", "placed", new byte[0], token), cancellationToken);
        }
        """));

    /// <summary>The same bus without a retry.</summary>
    private static readonly Lazy<MetadataReference> PlainBus = new(() => BuiltProjects.Library("Shop.EventBus", EventBusContract + """

        public sealed class RabbitMqEventBus(IChannel channel) : IEventBus
        {
            public async Task PublishAsync(object message, CancellationToken cancellationToken = default) =>
                await channel.BasicPublishAsync("orders", "placed", new byte[0], cancellationToken);
        }
        """));

    /// <summary>A service-defaults library whose registration method gives every HttpClient the standard resilience handler.</summary>
    private static readonly Lazy<MetadataReference> ServiceDefaults = new(() => BuiltProjects.Library("Shop.ServiceDefaults", """
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop.ServiceDefaults;

        public static class ShopDefaults
        {
            public static IServiceCollection AddShopDefaults(this IServiceCollection services)
            {
                services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
                return services;
            }

            public static IServiceCollection AddShopLogging(this IServiceCollection services) => services;
        }
        """));

    private const string OrderingService = """
        using System.Threading.Tasks;
        using IntegrationContracts;
        using Shop.EventBus;

        [Integration("order-events", Source = "Shop", Target = "Warehouse")]
        public sealed class {|#0:OrderEventsPublisher|}(IEventBus bus)
        {
            public Task PublishAsync(object order) => bus.PublishAsync(order);
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
    public void The_bus_library_exports_its_interface_with_the_retry_of_its_implementation()
    {
        var manifest = BuiltProjects.ManifestOf(RetryingBus.Value);

        Assert.Contains("\"type\": \"Shop.EventBus.IEventBus\"", manifest);
        Assert.Contains("\"implementedBy\": \"Shop.EventBus.RabbitMqEventBus\"", manifest);
        Assert.Contains("builds a Polly pipeline or policy with AddRetry", manifest);
    }

    [Fact]
    public Task A_service_publishing_through_a_retrying_bus_of_another_project_has_retry() =>
        VerifyAsync(OrderingService, [], RetryingBus.Value);

    [Fact]
    public Task A_service_publishing_through_a_bus_that_does_not_retry_is_reported() =>
        VerifyAsync(OrderingService, [VerifyCS.Diagnostic("IC0002").WithLocation(0).WithArguments("order-events")], PlainBus.Value);

    [Fact]
    public Task A_call_through_the_retrying_bus_resolved_in_a_body_is_retry() =>
        VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.EventBus;

            [Integration("order-events")]
            public sealed class OrderEventsRelay(IServiceProvider services)
            {
                public Task RelayAsync(object order) => services.GetRequiredService<IEventBus>().PublishAsync(order);
            }
            """, [], RetryingBus.Value);

    /// <summary>The exported defaults method covers the typed clients; another method of the same library does not.</summary>
    [Theory]
    [InlineData("AddShopDefaults", false)]
    [InlineData("AddShopLogging", true)]
    public Task Calling_an_exported_defaults_method_covers_the_typed_clients(string registration, bool reported) =>
        VerifyAsync(
            $$"""
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;
            using Shop.ServiceDefaults;

            public static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.{{registration}}();
                    services.AddHttpClient<ErpOrders>();
                }
            }

            [Integration("erp-orders")]
            public sealed class {|#0:ErpOrders|}(HttpClient http) { }
            """,
            reported ? [VerifyCS.Diagnostic("IC0002").WithLocation(0).WithArguments("erp-orders")] : [],
            ServiceDefaults.Value);

    [Fact]
    public void The_defaults_library_exports_only_the_method_that_applies_a_retry()
    {
        var manifest = BuiltProjects.ManifestOf(ServiceDefaults.Value);

        Assert.Contains("\"method\": \"Shop.ServiceDefaults.ShopDefaults.AddShopDefaults\"", manifest);
        Assert.DoesNotContain("AddShopLogging", manifest);
    }

    [Fact]
    public async Task The_dependent_manifest_names_the_exporting_assembly_as_evidence()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Shop.Ordering",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(OrderingService.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), GeneratorHarness.ParseOptions)],
            ClientLibraries.References.Add(RetryingBus.Value),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorHarness.CreateDriver("Shop.Ordering").RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var manifest = GeneratorHarness.ManifestJson(output);

        // The call is read first (the member and the assembly); the constructor parameter would name the type.
        Assert.Contains("\"kind\": \"retryingCall\"", manifest);
        Assert.Contains("calls IEventBus.PublishAsync, which retries in Shop.EventBus: builds a Polly pipeline or policy with AddRetry", manifest);
        await Task.CompletedTask;
    }

    private const string RatesPlugin = """
        using System.Net.Http;
        using IntegrationContracts;

        namespace Shop.Plugins.Rates;

        [Integration("rates-fetch")]
        public sealed class {|#0:RatesClient|}(HttpClient http) { }
        """;

    [Fact]
    public Task A_library_integration_calling_through_an_HttpClient_says_a_host_may_cover_it() =>
        VerifyAsync(RatesPlugin, [new DiagnosticResult(Analyzers.Rules.RuleDescriptors.MissingRetryPolicyInLibrary).WithLocation(0).WithArguments("rates-fetch")]);

    [Fact]
    public Task In_an_application_the_same_integration_gets_the_plain_message_no_host_runs_it() =>
        VerifyAsApplicationAsync(RatesPlugin + """

            public static class Program { public static void Main() { } }
            """,
            new DiagnosticResult(Analyzers.Rules.RuleDescriptors.MissingRetryPolicy).WithLocation(0).WithArguments("rates-fetch"));

    private static Task VerifyAsApplicationAsync(string source, DiagnosticResult expected)
    {
        var test = VerifyCS.CreateTest(source);
        test.ExpectedDiagnostics.Add(expected);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(OutputKind.ConsoleApplication)));
        return test.RunAsync();
    }

    [Fact]
    public void A_host_exports_the_defaults_it_applies_and_the_modules_it_runs()
    {
        var plugin = BuiltProjects.Library("Shop.Plugins.Rates", RatesPlugin.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        var host = BuiltProjects.Application("Shop.Host", """
            using Microsoft.Extensions.DependencyInjection;

            public static class Program
            {
                public static void Main()
                {
                    var services = new ServiceCollection();
                    services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
                    services.AddHttpClient<Shop.Plugins.Rates.RatesClient>();
                }
            }
            """, plugin);

        var pluginManifest = BuiltProjects.ManifestOf(plugin);
        var hostManifest = BuiltProjects.ManifestOf(host);

        Assert.Contains("\"usesHttpClient\": [\n      \"rates-fetch\"", pluginManifest.Replace("\r\n", "\n"));
        Assert.Contains("\"appliesHttpClientDefaults\": {", hostManifest);
        Assert.Contains("\"loads\": [\n      \"Shop.Plugins.Rates\"", hostManifest.Replace("\r\n", "\n"));
    }
}
