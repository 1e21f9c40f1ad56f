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

/// <summary>
/// IC0003: adds <c>[AlertHook(typeof(X))]</c>, one action per <c>IIntegrationAlertHook</c> class the project has; a project
/// with none that references IntegrationContracts.Hosting is offered its ready hooks (<c>LoggerAlertHook</c>,
/// <c>WebhookAlertHook</c>), which work without code of its own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAlertHookCodeFix))]
[Shared]
public sealed class AddAlertHookCodeFix : ContractCodeFix
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingAlertHook);

    private protected override async Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var own = await ProjectContracts.AlertHooksAsync(document.Project, cancellationToken).ConfigureAwait(false);
        var hooks = own.Count > 0 ? own : await ProjectContracts.ShippedAlertHooksAsync(document.Project, cancellationToken).ConfigureAwait(false);
        return hooks
            .Select(hook => new FixAction(
                $"Add [AlertHook(typeof({hook.Name}))]{(own.Count > 0 ? string.Empty : Configuration(hook))}",
                "IC0003:" + hook.ToDisplayString(),
                ContractEdit.AddToDeclaration(() => ContractEdit.Attribute("AlertHook", ProjectContracts.TypeOf(hook)))))
            .ToList();
    }

    /// <summary>What a shipped hook needs at run time, in its title, so the choice is made knowingly.</summary>
    private static string Configuration(INamedTypeSymbol hook) => hook.Name == "WebhookAlertHook"
        ? " (IntegrationContracts.Hosting: set its URL with AddIntegrationWebhookAlerts)"
        : " (IntegrationContracts.Hosting: logs the failure at Error with the owner)";
}
