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

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractSession session)
    {
        foreach (var obj in contract.Integration.Objects)
        {
            if (!session.SourcesOfTruth.Resolve(obj, contract.Integration.Process).IsDeclared)
            {
                ReportOnIdentifier(context, RuleDescriptors.MissingSourceOfTruth, contract, obj.Name, ProcessNames.Describe(contract.Integration.Process));
            }
        }
    }
}
