using System.Linq;
using IntegrationContracts.Analyzers.Contracts;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Alerting;

/// <summary>IC0014's question, asked by the rule and by the model's alert verdict alike.</summary>
internal static class AlertHooks
{
    /// <summary>
    /// Whether the hook names a type that does not implement <c>IIntegrationAlertHook</c>: failures raised to it reach
    /// nobody. A type that does not bind is the compiler's error, and a null type IC0005's (one message per mistake).
    /// </summary>
    public static bool AlertsNobody(AlertHookDeclaration hook, INamedTypeSymbol? hookInterface) =>
        hookInterface is not null
        && hook.HookType is { TypeKind: not TypeKind.Error } type
        && !type.AllInterfaces.Contains(hookInterface, SymbolEqualityComparer.Default);
}
