using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.SourceOfTruth;

/// <summary>IC0007: an object in an integration's <c>Objects</c> has no source of truth for the integration's process.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingSourceOfTruthAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingSourceOfTruth);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        foreach (var carried in model.CarriedObjects(contract))
        {
            if (carried.Verdict == Verdict.Missing)
            {
                ReportOnIdentifier(context, RuleDescriptors.MissingSourceOfTruth, contract, carried.Object.Name, ProcessNames.Describe(contract.Integration.Process));
            }
        }
    }
}
