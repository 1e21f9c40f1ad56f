using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Discovery;

/// <summary>
/// Fixes IC0010: adds <c>[Integration("&lt;type-name-in-kebab-case&gt;")]</c> to the type, and
/// <c>using IntegrationContracts;</c> when the attribute does not bind in the file yet.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkAsIntegrationCodeFix))]
[Shared]
public sealed class MarkAsIntegrationCodeFix : ContractCodeFix
{
    public const string Title = "Mark as integration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnmarkedIntegration);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not BaseTypeDeclarationSyntax type)
        {
            return None;
        }

        var name = IntegrationNames.KebabCase(type.Identifier.ValueText);
        return new[]
        {
            new FixAction(Title, nameof(MarkAsIntegrationCodeFix), ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("Integration", ContractEdit.Literal(name)))),
        };
    }
}
