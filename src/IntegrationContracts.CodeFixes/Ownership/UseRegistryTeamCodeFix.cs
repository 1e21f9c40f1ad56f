using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Ownership;

/// <summary>
/// IC0012: replaces a team that is not in the owners registry with one of the nearest registry team names (up to three):
/// names that contain the written one (or are contained in it) first, then by edit distance.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRegistryTeamCodeFix))]
[Shared]
public sealed class UseRegistryTeamCodeFix : ContractCodeFix
{
    private const int Suggestions = 3;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OwnerNotInRegistry);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if ((await SyntaxAtAsync<AttributeArgumentSyntax>(document, diagnostic, cancellationToken).ConfigureAwait(false))?.Expression is not LiteralExpressionSyntax written)
        {
            return None;
        }

        var team = written.Token.ValueText.Trim();
        var nearest = ProjectContracts.Teams(await ProjectContracts.RegistryAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Select(entry => entry.Name.Trim())
            .OrderBy(name => Contains(name, team) || Contains(team, name) ? 0 : 1)
            .ThenBy(name => EditDistance(team.ToLowerInvariant(), name.ToLowerInvariant()))
            .ThenBy(name => name, StringComparer.Ordinal)
            .Take(Suggestions)
            .ToList();

        // The nearest team's key is the same for every finding, so Fix All gives each finding its own nearest team
        // ('finance' → 'finance-systems', 'shop' → 'shop-team'), never the first finding's team to all.
        return nearest
            .Select((name, rank) => new FixAction(
                $"Use team '{name}' from integration-owners.json",
                rank == 0 ? "IC0012:nearest" : "IC0012:" + name,
                ContractEdit.Replace<AttributeArgumentSyntax>(argument => argument.WithExpression(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))))
            .ToList();
    }

    private static bool Contains(string text, string part) =>
        part.Length > 0 && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Levenshtein distance: how many single-character edits turn one name into the other.</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
