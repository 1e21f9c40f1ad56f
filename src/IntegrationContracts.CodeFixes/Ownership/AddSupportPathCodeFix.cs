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
/// IC0004: adds <c>Contact = ""</c> to the owner, with the caret in the value. (A team whose registry entry has a contact,
/// on-call or runbook never gets IC0004 — the registry is its support path — so there is nothing to copy from it.)
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

        return new[]
        {
            new FixAction("Add Contact = \"\"", "IC0004:contact", ContractEdit.Replace<AttributeSyntax>(attribute => WithArguments(attribute, new[] { Named("Contact", string.Empty, placeholder: true) }))),
        };
    }

    private static AttributeSyntax WithArguments(AttributeSyntax attribute, IEnumerable<AttributeArgumentSyntax> arguments) =>
        attribute.WithArgumentList((attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(arguments.ToArray()));

    private static AttributeArgumentSyntax Named(string name, string value, bool placeholder) =>
        SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(name),
            null,
            SyntaxFactory.LiteralExpression(
                SyntaxKind.StringLiteralExpression,
                placeholder ? SyntaxFactory.Literal(value).WithAdditionalAnnotations(RenameAnnotation.Create()) : SyntaxFactory.Literal(value)));
}
