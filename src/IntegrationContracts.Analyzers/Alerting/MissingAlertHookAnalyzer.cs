using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Alerting;

/// <summary>IC0003: an integration has no alert hook on the member, its type(s) or the assembly.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingAlertHookAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingAlertHook);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        if (model.Verdicts(contract, context.CancellationToken).Alert == Verdict.Missing)
        {
            ReportOnIdentifier(context, RuleDescriptors.MissingAlertHook, contract);
        }
    }
}
