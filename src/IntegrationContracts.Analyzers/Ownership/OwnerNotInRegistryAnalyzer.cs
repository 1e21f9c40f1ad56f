using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Ownership;

/// <summary>IC0012: the owner team is not listed in <c>integration-owners.json</c> (only when the project has a readable one).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OwnerNotInRegistryAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.OwnerNotInRegistry);

    private protected override void AnalyzeDeclarations(DeclarationContext context, ContractDeclarations declarations)
    {
        if (context.Model.Registry is not { } registry
            || declarations.Owner is not { } owner
            || string.IsNullOrWhiteSpace(owner.Team)
            // A placeholder is IC0005's ("fill it in"): offering registry teams for it would let Fix All pick one.
            || Validation.ContractPlaceholders.IsPlaceholder(owner.Team)
            || registry.Find(owner.Team) is not null)
        {
            return;
        }

        context.Report(RuleDescriptors.OwnerNotInRegistry, ContractLocations.OfArgument(owner.Attribute, 0, context.CancellationToken), owner.Team!.Trim());
    }
}
