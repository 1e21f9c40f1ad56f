using System.Text.Json;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.DeclaredRetryNotAppliedAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0018 (Info): a declared [RetryPolicy] that no code of the project applies — the drift detector.</summary>
public sealed class IC0018DeclaredRetryNotAppliedTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;
        using IntegrationContracts.Hosting;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task A_declared_retry_nothing_applies_is_reported_with_its_attempts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("erp-invoices")]
            [RetryPolicy(5)]
            public sealed class {|#0:InvoiceExport|}(HttpClient http)
            {
                public Task RunAsync(CancellationToken ct) => http.PostAsync("/invoices", null, ct);
            }
            """,
            new[] { Expected("erp-invoices", 5) });

    [Fact]
    public Task The_contract_applied_to_its_client_or_taken_as_a_pipeline_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("erp-invoices")]
            [RetryPolicy(5)]
            public sealed class InvoiceExport(HttpClient http)
            {
                public Task RunAsync(CancellationToken ct) => http.PostAsync("/invoices", null, ct);
            }

            [Integration("invoice-mail")]
            [RetryPolicy(3, Backoff = RetryBackoff.Fixed)]
            public sealed class InvoiceMailer(IIntegrationPipelines pipelines)
            {
                public ValueTask SendAsync(CancellationToken ct) => pipelines.For<InvoiceMailer>().ExecuteAsync(_ => ValueTask.CompletedTask, ct);
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient<InvoiceExport>().AddIntegrationContract();
            }
            """);

    [Fact]
    public Task Retry_implemented_by_hand_applies_the_declaration() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Polly;

            [Integration("erp-invoices")]
            [RetryPolicy(4)]
            public sealed class InvoiceExport(ResiliencePipeline pipeline, HttpClient http)
            {
                public ValueTask RunAsync(CancellationToken ct) => pipeline.ExecuteAsync(async token => { await http.PostAsync("/invoices", null, token); }, ct);
            }
            """);

    [Fact]
    public Task NoRetry_one_attempt_and_no_declaration_have_nothing_to_apply() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("psp-capture")]
            [NoRetry("A capture is not idempotent.")]
            public sealed class Capture { }

            [Integration("erp-once")]
            [RetryPolicy(1)]
            public sealed class Once { }

            [Integration("erp-nothing")]
            public sealed class Nothing { }
            """);

    [Fact]
    public Task An_assembly_level_policy_is_reported_on_each_integration_it_leaves_unapplied() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: RetryPolicy(3)]

            [Integration("erp-invoices")]
            public sealed class {|#0:InvoiceExport|}(HttpClient http) { public HttpClient Http => http; }

            [Integration("erp-items")]
            public sealed class ItemExport(HttpClient http) { public HttpClient Http => http; }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient("items").AddIntegrationContract("erp-items");
            }
            """,
            new[] { Expected("erp-invoices", 3) });

    [Fact]
    public void The_manifest_says_which_code_applies_the_declared_retry()
    {
        var built = BuiltProjects.Library("Contoso.Invoicing", """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-invoices")]
            [RetryPolicy(5)]
            public sealed class InvoiceExport(HttpClient http) { public HttpClient Http => http; }

            [Integration("erp-items")]
            [RetryPolicy(5)]
            public sealed class ItemExport(HttpClient http) { public HttpClient Http => http; }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient<InvoiceExport>().AddIntegrationContract();
            }
            """);

        using var manifest = JsonDocument.Parse(BuiltProjects.ManifestOf(built));
        var byName = manifest.RootElement.GetProperty("integrations").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        var applied = byName["erp-invoices"];
        Assert.Equal("recognised", applied.GetProperty("verdicts").GetProperty("retryApplied").GetString());
        Assert.Equal("contractPipeline", applied.GetProperty("retry").GetProperty("appliedBy").GetProperty("kind").GetString());
        Assert.Equal("declared", applied.GetProperty("verdicts").GetProperty("retry").GetString());
        var claimed = byName["erp-items"];
        Assert.Equal("missing", claimed.GetProperty("verdicts").GetProperty("retryApplied").GetString());
        Assert.False(claimed.GetProperty("retry").TryGetProperty("appliedBy", out _));
        Assert.True(claimed.GetProperty("readiness").GetProperty("retry").GetBoolean()); // IC0018 is Info: not a readiness property
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string integration, int attempts) =>
        VerifyCS.Diagnostic("IC0018").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithArguments(integration, attempts);
}
