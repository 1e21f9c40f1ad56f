using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.SourceOfTruth;

/// <summary>
/// IC0009: an integration moves an object from a <c>Source</c> that is not the object's source of truth for that
/// process. Undeclared (IC0007) and conflicting (IC0008) masters are left to their own rules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CopyFromNonMasterAnalyzer : IntegrationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.CopyFromNonMaster);

    private protected override void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model)
    {
        foreach (var carried in model.CarriedObjects(contract))
        {
            if (carried.Verdict == Verdict.NotFromMaster)
            {
                ReportOnIdentifier(context, RuleDescriptors.CopyFromNonMaster, contract, carried.Object.Name, ContractNames.Normalize(contract.Integration.Source), carried.Master, ProcessNames.Describe(contract.Integration.Process));
            }
        }
    }
}
