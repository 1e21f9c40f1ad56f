using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0002: an integration has no retry policy — no <c>[RetryPolicy]</c>, no <c>[NoRetry]</c> and no resilience code
/// the model recognises (an injected or built Polly retry in the type, or a retrying registration of its client or
/// consumer anywhere in the compilation; see <see cref="VerdictRules.Retry"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRetryPolicyAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingRetryPolicy);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        if (model.Verdicts(contract, context.CancellationToken).Retry == Verdict.Missing)
        {
            ReportOnIdentifier(context, RuleDescriptors.MissingRetryPolicy, contract);
        }
    }
}
