using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Ownership;

/// <summary>IC0004: an <c>[IntegrationOwner]</c> has no contact, on-call nor runbook, here or in the owners registry.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OwnerWithoutSupportPathAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.OwnerWithoutSupportPath);

    private protected override void AnalyzeDeclarations(DeclarationContext context, ContractDeclarations declarations)
    {
        // The verdict integrations get for this owner: a blank team is IC0005's to report, one warning per mistake.
        if (declarations.Owner is not { } owner || context.Model.SupportPath(owner) != Verdict.Missing)
        {
            return;
        }

        context.Report(RuleDescriptors.OwnerWithoutSupportPath, ContractLocations.Of(owner.Attribute, context.CancellationToken), owner.Team!.Trim());
    }
}
