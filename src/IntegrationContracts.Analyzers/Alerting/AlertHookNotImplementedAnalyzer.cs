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
            // A type that does not bind is already a compiler error; one message per mistake.
            if (hook.HookType is not { TypeKind: not TypeKind.Error } type
                || type.AllInterfaces.Contains(hookInterface, SymbolEqualityComparer.Default))
            {
                continue;
            }

            context.Report(RuleDescriptors.AlertHookNotImplemented, ContractLocations.OfArgument(hook.Attribute, 0, context.CancellationToken), TypeNames.Display(type));
        }
    }
}
