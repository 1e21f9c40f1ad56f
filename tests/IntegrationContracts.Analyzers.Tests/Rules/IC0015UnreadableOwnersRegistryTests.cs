using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Ownership.UnreadableOwnersRegistryAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0015UnreadableOwnersRegistryTests
{
    private const string Source = "using IntegrationContracts;\n[Integration(\"a\")] public sealed class A { }\n";

    public static TheoryData<string, int, string> Malformed => new()
    {
        // registry text, 1-based line of the problem, a word the message must contain
        { "{ \"teams\": [\n  { \"name\": \"erp-team\", }\n] }", 2, "trailing comma" },
        { "{ \"teams\": [\n  { \"name\": \"erp-team\" },\n] }", 2, "trailing comma" },
        { "{ \"teams\": [\n  { \"name\" \"erp-team\" }\n] }", 2, "':'" },
        { "{ \"teams\": [\n  { \"name\": \"erp-team\" }\n", 3, "end of the file" },
        { "[ { \"name\": \"erp-team\" } ]", 1, "\"teams\"" },
        { "{ \"owners\": [] }", 1, "\"teams\"" },
        { "{ \"teams\": [\n  \"erp-team\"\n] }", 2, "object" },
        { "{ \"teams\": [\n  { \"contact\": \"erp@contoso.example\" }\n] }", 2, "name" },
        { "{ \"teams\": [\n  {\n    \"name\": [\"erp\"]\n  }\n] }", 3, "string" },
        { "{ \"teams\": [ { \"name\": \"erp\n\" } ] }", 1, "Unterminated" },
        { "", 1, "value is missing" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public Task Malformed_registry_is_reported_at_the_offending_line(string registry, int line, string messagePart)
    {
        var test = VerifyCS.CreateTest(Source);
        test.TestState.AdditionalFiles.Add(("integration-owners.json", registry));
        var lineText = registry.Split('\n')[line - 1];
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic()
            .WithSpan("integration-owners.json", line, 1, line, lineText.Length + 1)
            .WithMessage(null));
        test.DiagnosticVerifier = (diagnostic, expected, verifier) =>
            Assert.Contains(messagePart, diagnostic.GetMessage(), StringComparison.Ordinal);
        return test.RunAsync();
    }

    [Fact]
    public Task Well_formed_registry_with_extra_properties_and_nulls_is_accepted()
    {
        var test = VerifyCS.CreateTest(Source);
        test.TestState.AdditionalFiles.Add(("integration-owners.json", """
            {
              "$schema": "./owners.schema.json",
              "teams": [
                { "name": "erp-team", "contact": "erp@contoso.example", "onCall": null, "slack": "#erp", "size": 4 },
                { "name": "crm-team", "runbook": "docs/crm.md", "tags": ["crm", true, null, 1.5e3] }
              ]
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Other_json_additional_files_are_ignored()
    {
        var test = VerifyCS.CreateTest(Source);
        test.TestState.AdditionalFiles.Add(("appsettings.json", "{ not json"));
        return test.RunAsync();
    }
}
