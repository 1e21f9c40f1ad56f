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
        if (await SyntaxAtAsync<AttributeSyntax>(document, diagnostic, cancellationToken).ConfigureAwait(false) is not { } owner)
        {
            return None;
        }

        if (owner.ArgumentList?.Arguments.Any(argument => argument.NameEquals?.Name.Identifier.ValueText is "Contact" or "OnCall" or "Runbook") == true)
        {
            return None; // a support path is being written: the value is the author's to type
        }

        return new[]
        {
            new FixAction("Add Contact (to fill in)", "IC0004:contact", ContractEdit.Replace<AttributeSyntax>(WithContactPlaceholder)),
        };
    }

    /// <summary>The attribute with a placeholder contact (reported by IC0005 until filled in), marked for the editor to select.</summary>
    private static AttributeSyntax WithContactPlaceholder(AttributeSyntax attribute) =>
        attribute.WithArgumentList((attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(
            SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals("Contact"),
                null,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(IntegrationContracts.Analyzers.Validation.ContractPlaceholders.Contact).WithAdditionalAnnotations(RenameAnnotation.Create())))));
}
