using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using IntegrationContracts.CodeFixes.Resilience;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Validation;

/// <summary>
/// IC0005, where the fix is mechanical: a <c>[RetryPolicy]</c> whose <c>maxAttempts</c> is below 1 becomes 3 attempts, or
/// <c>[NoRetry("...")]</c> with the justification selected for typing. Other invalid values need the author's
/// knowledge (a team name, a runbook) and get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixMaxAttemptsCodeFix))]
[Shared]
public sealed class FixMaxAttemptsCodeFix : ContractCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InvalidContractValue);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (await SyntaxAtAsync<AttributeArgumentSyntax>(document, diagnostic, cancellationToken).ConfigureAwait(false) is not { NameEquals: null, NameColon: null } argument
            || argument.Parent is not AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list
            || list.Arguments.IndexOf(argument) != 0
            || !IsRetryPolicy(attribute.Name))
        {
            return None;
        }

        return new[]
        {
            new FixAction("Make 3 attempts", "IC0005:max-attempts", ContractEdit.Replace<AttributeArgumentSyntax>(
                old => old.WithExpression(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(3))))),
            new FixAction("Declare [NoRetry(\"...\")] instead", "IC0005:no-retry", ContractEdit.Replace<AttributeSyntax>(
                _ => ContractEdit.Attribute("NoRetry", ContractEdit.Literal(AddRetryPolicyCodeFix.PlaceholderJustification)).WithPlaceholder(AddRetryPolicyCodeFix.PlaceholderJustification))),
        };
    }

    private static bool IsRetryPolicy(NameSyntax name) =>
        (name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        }) is "RetryPolicy" or "RetryPolicyAttribute";
}
