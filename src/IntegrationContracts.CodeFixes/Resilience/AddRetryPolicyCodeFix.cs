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
/// IC0002: <c>[NoRetry("TODO: …")]</c> with the justification selected for typing, reported (IC0005) until a person writes
/// why. It never declares a <c>[RetryPolicy]</c>: the code does not retry (that is why IC0002 fired), and a declared retry
/// the code does not do would be a claim nobody made. Add the retry in code (a resilience handler) and IC0002 goes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRetryPolicyCodeFix))]
[Shared]
public sealed class AddRetryPolicyCodeFix : ContractCodeFix
{
    public const string PlaceholderJustification = IntegrationContracts.Analyzers.Validation.ContractPlaceholders.NoRetryReason;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingRetryPolicy);

    private protected override Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FixAction>>(new[]
        {
            new FixAction(
                "Add [NoRetry(\"...\")] (reason to fill in)",
                "IC0002:no-retry",
                ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("NoRetry", ContractEdit.Literal(PlaceholderJustification)).WithPlaceholder(PlaceholderJustification))),
        });
}
