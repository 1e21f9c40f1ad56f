using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IntegrationContracts.CodeFixes.Ownership;

/// <summary>
/// IC0001: adds <c>[IntegrationOwner("team")]</c> to the integration — one action per team of the owners registry, or
/// one with a placeholder team selected for typing when the project has no registry — and, when several integrations
/// of the project have no owner, the same as the assembly's default owner.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOwnerCodeFix))]
[Shared]
public sealed class AddOwnerCodeFix : ContractCodeFix
{
    public const string PlaceholderTeam = IntegrationContracts.Analyzers.Validation.ContractPlaceholders.Team;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingOwner);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var teams = ProjectContracts.Teams(await ProjectContracts.RegistryAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Select(team => team.Name.Trim())
            .ToList();
        // The placeholder first: it is the one action right for every occurrence (what `dotnet format` and Fix All apply),
        // and it stays reported (IC0005) until a person names the team. A registry team is offered per integration.
        var actions = new List<FixAction> { new("Add [IntegrationOwner] (team to fill in)", "IC0001:owner", ContractEdit.AddToDeclaration(() => Owner(PlaceholderTeam))) };
        actions.AddRange(teams.Select(team => new FixAction($"Add [IntegrationOwner(\"{team}\")]", "IC0001:owner:" + team, ContractEdit.AddToDeclaration(() => Owner(team)))));

        if (await OwnerlessIntegrationsAsync(document.Project, cancellationToken).ConfigureAwait(false) > 1)
        {
            // One assembly default fixes them all: the key is this diagnostic's own, so Fix All does not add it twice.
            var key = "IC0001:assembly:" + diagnostic.Location.SourceSpan.Start;
            actions.Add(new FixAction("Add [assembly: IntegrationOwner] for every integration without one (team to fill in)", key, ContractEdit.AddToAssembly(() => Owner(PlaceholderTeam))));
            actions.AddRange(teams.Select(team => new FixAction($"Add [assembly: IntegrationOwner(\"{team}\")] for every integration without one", key + ":" + team, ContractEdit.AddToAssembly(() => Owner(team)))));
        }

        return actions;
    }

    private static Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax Owner(string team) =>
        ContractEdit.Attribute("IntegrationOwner", ContractEdit.Literal(team)).WithPlaceholder(PlaceholderTeam);

    private static async Task<int> OwnerlessIntegrationsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || ContractModel.For(compilation) is not { } model)
        {
            return 0;
        }

        return model.AttributedSymbols(cancellationToken).Distinct(SymbolEqualityComparer.Default).Count(symbol => model.Contract(symbol) is { Owner: null });
    }
}
