using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Exports.UnreadableReferencedManifestAnalyzer>;
using VerifyRetry = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.CrossProject;

/// <summary>IC0017: a referenced assembly's manifest of another schema version, or a damaged one, is skipped with one Info naming it.</summary>
public sealed class IC0017UnreadableReferencedManifestTests
{
    private const string Consumer = """
        using IntegrationContracts;

        [Integration("erp-orders")]
        public sealed class {|#0:ErpOrders|}(Shop.Bus.IEventBus bus) { }
        """;

    /// <summary>A library built against IntegrationContracts whose embedded manifest says <paramref name="json"/>.</summary>
    private static MetadataReference LibraryWithManifest(string name, string json) =>
        StubAssemblies.Project(name, $$""""
            [assembly: System.Reflection.AssemblyMetadata("IntegrationContracts.Manifest.json", """{{json}}""")]
            namespace Shop.Bus { public interface IEventBus { void Publish(object message); } }
            internal sealed class UsesContracts { [IntegrationContracts.Integration("x")] public void Touch() { } }
            """");

    private static Task VerifyAsync(MetadataReference library, params DiagnosticResult[] expected)
    {
        var test = VerifyCS.CreateTest(Consumer.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task Another_schema_version_is_skipped_with_one_info_naming_the_assembly() =>
        VerifyAsync(
            LibraryWithManifest("Shop.Bus.Future", """{"schemaVersion":2,"exports":{"types":[{"type":"Shop.Bus.IEventBus","retry":{"kind":"retryBuilder","description":"x"}}]}}"""),
            new DiagnosticResult("IC0017", DiagnosticSeverity.Info).WithArguments(
                "Shop.Bus.Future",
                "The manifest has schemaVersion 2; this version of IntegrationContracts reads 1."));

    [Fact]
    public Task Damaged_json_is_skipped_with_one_info() =>
        VerifyAsync(
            LibraryWithManifest("Shop.Bus.Damaged", """{"schemaVersion":1,"exports":{"types":[{"type": """),
            new DiagnosticResult("IC0017", DiagnosticSeverity.Info).WithArguments(
                "Shop.Bus.Damaged",
                "The manifest is not valid JSON: Unexpected end of the file: a value is missing. (line 1, column 49)."));

    [Fact]
    public Task A_readable_manifest_without_exports_is_not_reported() =>
        VerifyAsync(LibraryWithManifest("Shop.Bus.Old", """{"schemaVersion":1,"integrations":[]}"""));

    [Fact]
    public async Task A_skipped_manifest_changes_no_verdict()
    {
        // The other schema says the bus retries; skipped, it does not count, and nothing crashes (no AD0001).
        var test = VerifyRetry.CreateTest(Consumer);
        test.TestState.AdditionalReferences.Add(LibraryWithManifest(
            "Shop.Bus.Future2",
            """{"schemaVersion":2,"exports":{"types":[{"type":"Shop.Bus.IEventBus","retry":{"kind":"retryBuilder","description":"x"}}]}}"""));
        test.ExpectedDiagnostics.Add(VerifyRetry.Diagnostic("IC0002").WithLocation(0).WithArguments("erp-orders"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_same_export_in_schema_1_is_read()
    {
        var test = VerifyRetry.CreateTest(Consumer.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.TestState.AdditionalReferences.Add(LibraryWithManifest(
            "Shop.Bus.Current",
            """{"schemaVersion":1,"exports":{"types":[{"type":"Shop.Bus.IEventBus","implementedBy":"Shop.Bus.RabbitBus","integration":"uses IChannel (RabbitMQ)","retry":{"kind":"retryBuilder","description":"builds a Polly pipeline"}}]}}"""));
        await test.RunAsync();
    }
}
