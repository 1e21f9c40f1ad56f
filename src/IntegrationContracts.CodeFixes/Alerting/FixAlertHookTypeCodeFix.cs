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

namespace IntegrationContracts.CodeFixes.Alerting;

/// <summary>
/// IC0014: points the <c>[AlertHook]</c> at one of the project's <c>IIntegrationAlertHook</c> classes. It does not remove
/// the hook: that would trade IC0014 for IC0003 (an integration nobody is alerted for) and hide the decision it needs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixAlertHookTypeCodeFix))]
[Shared]
public sealed class FixAlertHookTypeCodeFix : ContractCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.AlertHookNotImplemented);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<FixAction>();
        actions.AddRange((await ProjectContracts.AlertHooksAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Select(hook => new FixAction(
                $"Use alert hook {hook.Name}",
                "IC0014:" + hook.ToDisplayString(),
                ContractEdit.Replace<AttributeArgumentSyntax>(argument => argument.WithExpression(ProjectContracts.TypeOfExpression(hook))))));
        return actions;
    }
}
