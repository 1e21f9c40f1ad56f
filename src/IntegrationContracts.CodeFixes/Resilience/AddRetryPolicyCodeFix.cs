using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IntegrationContracts.CodeFixes.Resilience;

/// <summary>
/// IC0002: declares the failure policy — <c>[RetryPolicy(3, Backoff = RetryBackoff.Exponential)]</c>, or
/// <c>[NoRetry("...")]</c> with the justification selected for typing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRetryPolicyCodeFix))]
[Shared]
public sealed class AddRetryPolicyCodeFix : ContractCodeFix
{
    public const string PlaceholderJustification = "why a retry would do harm";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingRetryPolicy);

    private protected override Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FixAction>>(new[]
        {
            new FixAction(
                "Add [RetryPolicy(3, Backoff = RetryBackoff.Exponential)]",
                "IC0002:retry",
                ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("RetryPolicy", "3, Backoff = IntegrationContracts.RetryBackoff.Exponential"))),
            new FixAction(
                "Add [NoRetry(\"...\")]",
                "IC0002:no-retry",
                ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("NoRetry", ContractEdit.Literal(PlaceholderJustification)).WithPlaceholder(PlaceholderJustification))),
        });
}
