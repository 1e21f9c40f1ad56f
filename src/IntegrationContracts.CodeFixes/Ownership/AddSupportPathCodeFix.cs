using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Ownership;

/// <summary>
/// IC0004: gives the owner a support path — the contact, on-call and runbook of the team's registry entry when it has
/// any, otherwise <c>Contact = ""</c> with the value selected for typing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSupportPathCodeFix))]
[Shared]
public sealed class AddSupportPathCodeFix : ContractCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OwnerWithoutSupportPath);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } owner)
        {
            return None;
        }

        if (owner.ArgumentList?.Arguments.Any(argument => argument.NameEquals?.Name.Identifier.ValueText is "Contact" or "OnCall" or "Runbook") == true)
        {
            return None; // a support path is being written: the value is the author's to type
        }

        var team = (owner.ArgumentList?.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax)?.Token.ValueText;
        var registry = await ProjectContracts.RegistryAsync(document.Project, cancellationToken).ConfigureAwait(false);
        var entry = registry?.Find(team);
        var values = new (string Name, string? Value)[] { ("Contact", entry?.Contact), ("OnCall", entry?.OnCall), ("Runbook", entry?.Runbook) }
            .Where(value => !string.IsNullOrWhiteSpace(value.Value))
            .ToList();
        if (values.Count > 0)
        {
            return new[]
            {
                new FixAction("Add the support path from integration-owners.json", "IC0004:registry", ContractEdit.Replace<AttributeSyntax>(attribute => WithArguments(attribute, values.Select(v => Named(v.Name, v.Value!))))),
            };
        }

        return new[]
        {
            new FixAction("Add Contact = \"\"", "IC0004:contact", ContractEdit.Replace<AttributeSyntax>(attribute => WithArguments(attribute, new[] { Named("Contact", string.Empty, placeholder: true) }))),
        };
    }

    private static AttributeSyntax WithArguments(AttributeSyntax attribute, IEnumerable<AttributeArgumentSyntax> arguments) =>
        attribute.WithArgumentList((attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(arguments.ToArray()));

    private static AttributeArgumentSyntax Named(string name, string value, bool placeholder = false)
    {
        var literal = SyntaxFactory.Literal(value);
        return SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(name),
            null,
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, placeholder ? literal.WithAdditionalAnnotations(RenameAnnotation.Create()) : literal));
    }
}
