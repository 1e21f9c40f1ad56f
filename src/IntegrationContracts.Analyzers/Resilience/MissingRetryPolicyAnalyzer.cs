using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>IC0002: an integration declares neither <c>[RetryPolicy]</c> nor <c>[NoRetry]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRetryPolicyAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingRetryPolicy);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract)
    {
        if (contract.Retry is null)
        {
            ReportOnIdentifier(context, RuleDescriptors.MissingRetryPolicy, contract);
        }
    }
}
