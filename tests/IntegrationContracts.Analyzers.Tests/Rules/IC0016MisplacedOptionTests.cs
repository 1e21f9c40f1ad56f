using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Configuration.MisplacedOptionAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0016: IC0010's project-wide options written where they have no effect.</summary>
public sealed class IC0016MisplacedOptionTests
{
    private const string Source = "public sealed class Anything { }";

    [Theory]
    [InlineData("integration_contracts.ignored_types", "Contoso.Legacy.*")]
    [InlineData("integration_contracts.external_client_types", "Acme.Erp.Sdk.ErpConnection")]
    [InlineData("integration_contracts.retrying_calls", "Contoso.Bus.IEventBus.PublishAsync")]
    public Task A_project_wide_option_in_an_editorconfig_section_is_reported_once(string key, string value)
    {
        var test = VerifyCS.CreateTest(Source, "public sealed class Other { }");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{key} = {value}\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IC0016", DiagnosticSeverity.Warning).WithArguments(key));
        return test.RunAsync();
    }

    [Fact]
    public Task The_same_option_in_a_globalconfig_is_not_reported() =>
        VerifyCS.CreateTest(Source)
            .WithGlobalOptions(("integration_contracts.ignored_types", "Contoso.Legacy.*"))
            .RunAsync();

    [Fact]
    public Task A_per_file_option_of_another_rule_in_an_editorconfig_section_is_not_reported()
    {
        var test = VerifyCS.CreateTest(Source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nintegration_contracts.failure_reporting_methods = Contoso.Telemetry.Report\ndotnet_diagnostic.IC0001.severity = error\n"));
        return test.RunAsync();
    }
}
