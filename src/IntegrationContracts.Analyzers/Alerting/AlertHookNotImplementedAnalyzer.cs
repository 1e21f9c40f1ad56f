using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Alerting;

/// <summary>IC0014: the type named by <c>[AlertHook]</c> does not implement <c>IIntegrationAlertHook</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AlertHookNotImplementedAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.AlertHookNotImplemented);

    private protected override void AnalyzeDeclarations(DeclarationContext context, ContractDeclarations declarations)
    {
        if (context.Model.Symbols.AlertHookInterface is not { } hookInterface)
        {
            return;
        }

        foreach (var hook in declarations.AlertHooks)
        {
            if (AlertHooks.AlertsNobody(hook, hookInterface) && hook.HookType is { } type)
            {
                context.Report(RuleDescriptors.AlertHookNotImplemented, ContractLocations.OfArgument(hook.Attribute, 0, context.CancellationToken), TypeNames.Display(type));
            }
        }
    }
}
