using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Ownership;

/// <summary>IC0001: an integration has no owner on the member, its type(s) or the assembly.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingOwnerAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingOwner);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        if (model.Verdicts(contract, context.CancellationToken).Owner == Verdict.Missing)
        {
            ReportOnIdentifier(context, RuleDescriptors.MissingOwner, contract);
        }
    }
}
