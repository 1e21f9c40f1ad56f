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

namespace IntegrationContracts.CodeFixes.Alerting;

/// <summary>IC0003: adds <c>[AlertHook(typeof(X))]</c>, one action per <c>IIntegrationAlertHook</c> class the project has.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAlertHookCodeFix))]
[Shared]
public sealed class AddAlertHookCodeFix : ContractCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingAlertHook);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        (await ProjectContracts.AlertHooksAsync(document.Project, cancellationToken).ConfigureAwait(false))
            .Select(hook => new FixAction(
                $"Add [AlertHook(typeof({hook.Name}))]",
                "IC0003:" + hook.ToDisplayString(),
                ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("AlertHook", ProjectContracts.TypeOf(hook)))))
            .ToList();
}
