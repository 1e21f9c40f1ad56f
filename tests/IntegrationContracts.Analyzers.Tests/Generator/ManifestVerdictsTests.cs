using System.Text.Json;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The manifest shows the verdicts the build reports from: retry recognised in code counts as retry, with its
/// evidence; what does not apply is shown as such. (The scorecard and catalog render these: IntegrationContracts.Build.Tests.)
/// </summary>
public sealed class ManifestVerdictsTests
{
    private const string Landscape = """
        using System;
        using System.Net.Http;
        using IntegrationContracts;
        using Microsoft.Extensions.DependencyInjection;
        using Polly;

        [assembly: IntegrationOwner("erp-team", Contact = "erp@contoso.example")]
        [assembly: AlertHook(typeof(Contoso.Sync.Alert))]

        namespace Contoso.Sync;

        public sealed class Alert : IIntegrationAlertHook
        {
            public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
        }

        [Integration("shop-orders", Source = "Shopify", Target = "ERP")]
        public sealed class ShopClient(HttpClient http) { }

        [Integration("crm-customers", Source = "CRM", Target = "ERP")]
        public sealed class CrmClient(ResiliencePipeline pipeline) { }

        [Integration("stock-levels", Source = "ERP", Target = "Shopify")]
        public sealed class StockClient(HttpClient http) { }

        public static class Registration
        {
            public static void Add(IServiceCollection services) =>
                services.AddHttpClient<ShopClient>().AddStandardResilienceHandler();
        }
        """;

    [Fact]
    public async Task Retry_recognised_in_code_is_retry_in_the_json_with_its_evidence()
    {
        using var manifest = JsonDocument.Parse(Json(await RunAsync(Landscape)));
        var shop = Integration(manifest, "shop-orders");
        var retry = shop.GetProperty("retry");
        Assert.Equal("code", retry.GetProperty("declaredOn").GetString());
        Assert.True(retry.GetProperty("retries").GetBoolean());
        Assert.Equal("typedClientRegistration", retry.GetProperty("evidence").GetProperty("kind").GetString());
        Assert.Equal("File0.cs", retry.GetProperty("evidence").GetProperty("file").GetString());
        Assert.Equal(29, retry.GetProperty("evidence").GetProperty("line").GetInt32());
        Assert.True(shop.GetProperty("readiness").GetProperty("retry").GetBoolean());
        Assert.Equal("recognised", shop.GetProperty("verdicts").GetProperty("retry").GetString());

        var crm = Integration(manifest, "crm-customers");
        Assert.Equal("injectedPolicy", crm.GetProperty("retry").GetProperty("evidence").GetProperty("kind").GetString());

        var stock = Integration(manifest, "stock-levels");
        Assert.Equal(JsonValueKind.Null, stock.GetProperty("retry").ValueKind);
        Assert.False(stock.GetProperty("readiness").GetProperty("retry").GetBoolean());
        Assert.Equal("missing", stock.GetProperty("verdicts").GetProperty("retry").GetString());
    }

    [Fact]
    public async Task A_swallowed_failure_a_hook_that_alerts_nobody_and_an_invalid_value_each_make_an_integration_not_ready()
    {
        using var manifest = JsonDocument.Parse(Json(await RunAsync("""
            using System;
            using System.Net.Http;
            using IntegrationContracts;

            namespace Contoso.Sync;

            public sealed class Alert : IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
            }

            public sealed class NotAHook { }

            [Integration("swallows"), IntegrationOwner("erp-team", Contact = "erp@contoso.example"), NoRetry("the next run sends it again"), AlertHook(typeof(Alert))]
            public sealed class Swallows(HttpClient http)
            {
                public async System.Threading.Tasks.Task SendAsync() { try { await http.GetAsync("https://erp.example"); } catch (HttpRequestException) { } }
            }

            [Integration("alerts-nobody"), IntegrationOwner("erp-team", Contact = "erp@contoso.example"), NoRetry("the next run sends it again"), AlertHook(typeof(NotAHook))]
            public sealed class AlertsNobody { }

            [Integration("bad-runbook"), IntegrationOwner("erp-team", Runbook = "see wiki"), NoRetry("the next run sends it again"), AlertHook(typeof(Alert))]
            public sealed class BadRunbook { }

            [Integration("in-order"), IntegrationOwner("erp-team", Contact = "erp@contoso.example"), NoRetry("the next run sends it again"), AlertHook(typeof(Alert))]
            public sealed class InOrder(HttpClient http)
            {
                public async System.Threading.Tasks.Task SendAsync() { try { await http.GetAsync("https://erp.example"); } catch (HttpRequestException) { throw; } }
            }
            """)));

        static (string Verdict, bool Holds) Of(JsonElement integration, string key) =>
            (integration.GetProperty("verdicts").GetProperty(key).GetString()!, integration.GetProperty("readiness").GetProperty(key).GetBoolean());

        Assert.Equal(("swallowed", false), Of(Integration(manifest, "swallows"), "failureHandling"));
        Assert.Equal(("invalid", false), Of(Integration(manifest, "alerts-nobody"), "alert"));
        Assert.Equal(("invalid", false), Of(Integration(manifest, "bad-runbook"), "contractValues"));

        var inOrder = Integration(manifest, "in-order");
        Assert.Equal(("handled", true), Of(inOrder, "failureHandling"));
        Assert.Equal(("declared", true), Of(inOrder, "contractValues"));
        Assert.Equal(("declared", true), Of(inOrder, "alert"));
        Assert.All(inOrder.GetProperty("readiness").EnumerateObject(), flag => Assert.True(flag.Value.GetBoolean(), flag.Name));
    }

    [Fact]
    public async Task An_integration_without_objects_has_no_source_of_truth_to_check()
    {
        using var manifest = JsonDocument.Parse(Json(await RunAsync(Landscape)));
        var shop = Integration(manifest, "shop-orders");
        Assert.Equal("notApplicable", shop.GetProperty("verdicts").GetProperty("sourceOfTruth").GetString());
        Assert.True(shop.GetProperty("readiness").GetProperty("sourceOfTruth").GetBoolean());
    }

    [Fact]
    public async Task Removing_the_registration_reaches_the_manifest()
    {
        var compilation = Compile(Landscape);
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            Landscape.Replace(".AddStandardResilienceHandler()", string.Empty))));

        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out _);
        using var manifest = JsonDocument.Parse(Json(output));
        Assert.Equal("missing", Integration(manifest, "shop-orders").GetProperty("verdicts").GetProperty("retry").GetString());
    }

    [Fact]
    public async Task A_retry_built_inside_a_method_body_reaches_the_manifest_after_an_edit()
    {
        const string before = """
            using IntegrationContracts;
            using Polly;

            [assembly: IntegrationOwner("erp-team", Contact = "erp@contoso.example")]

            [Integration("stock-levels", Source = "ERP", Target = "Shopify")]
            public sealed class StockClient
            {
                public void Run() { var pipeline = new ResiliencePipelineBuilder().Build(); }
            }
            """;
        var compilation = Compile(before);
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            before.Replace("new ResiliencePipelineBuilder().Build()", "new ResiliencePipelineBuilder().AddRetry(new Polly.Retry.RetryStrategyOptions()).Build()"))));

        driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out _);
        using var manifest = JsonDocument.Parse(Json(output));
        var stock = Integration(manifest, "stock-levels");
        Assert.Equal("recognised", stock.GetProperty("verdicts").GetProperty("retry").GetString());
        Assert.Equal("retryBuilder", stock.GetProperty("retry").GetProperty("evidence").GetProperty("kind").GetString());
    }

    private static Compilation Compile(string source) => CSharpCompilation.Create(
        "Contoso.Sync",
        new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: "File0.cs") },
        ClientLibraries.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static Task<Compilation> RunAsync(string source)
    {
        GeneratorHarness.CreateDriver("Contoso.Sync").RunGeneratorsAndUpdateCompilation(Compile(source), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return Task.FromResult(output);
    }

    private static string Json(Compilation output) => GeneratorHarness.ManifestJson(output);

    private static JsonElement Integration(JsonDocument manifest, string name) =>
        manifest.RootElement.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
}
