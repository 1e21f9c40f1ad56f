using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0018 (Info): a declared <c>[RetryPolicy]</c> of more than one attempt that no code of the compilation applies —
/// no contract pipeline (<c>AddIntegrationContract()</c>, <c>IIntegrationPipelines.For&lt;T&gt;()</c>) and no retry IC0002
/// would recognise. The drift detector between the declaration and the code; decided by
/// <see cref="VerdictRules.RetryApplied"/>, the manifest's <c>verdicts.retryApplied</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclaredRetryNotAppliedAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.DeclaredRetryNotApplied);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        if (model.Verdicts(contract, context.CancellationToken).RetryApplied == Verdict.Missing)
        {
            ReportOnIdentifier(context, RuleDescriptors.DeclaredRetryNotApplied, contract, contract.Retry?.MaxAttempts ?? 0);
        }
    }
}
