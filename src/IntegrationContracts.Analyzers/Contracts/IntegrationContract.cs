using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// One integration and its contract, resolved member → containing type(s) → assembly.
/// The analyzers check it; the generator turns it into a manifest entry.
/// </summary>
internal sealed class IntegrationContract
{
    public IntegrationContract(
        ISymbol symbol,
        IntegrationDeclaration integration,
        OwnerDeclaration? owner,
        RetryDeclaration? retry,
        ImmutableArray<AlertHookDeclaration> alertHooks)
    {
        Symbol = symbol;
        Integration = integration;
        Owner = owner;
        Retry = retry;
        AlertHooks = alertHooks;
    }

    /// <summary>The type or method that carries <c>[Integration]</c>.</summary>
    public ISymbol Symbol { get; }

    /// <summary>The type that declares the integration: the symbol itself, or the method's containing type.</summary>
    public INamedTypeSymbol DeclaringType => Symbol as INamedTypeSymbol ?? Symbol.ContainingType;

    /// <summary>The method when the integration is a method; <see langword="null"/> for a type-level integration.</summary>
    public IMethodSymbol? Method => Symbol as IMethodSymbol;

    public IntegrationDeclaration Integration { get; }

    public OwnerDeclaration? Owner { get; }

    /// <summary>The nearest <c>[RetryPolicy]</c> or <c>[NoRetry]</c>.</summary>
    public RetryDeclaration? Retry { get; }

    /// <summary>The alert hooks of the nearest level that declares any.</summary>
    public ImmutableArray<AlertHookDeclaration> AlertHooks { get; }

    /// <summary>The name users know the integration by: its declared name, or the symbol's name when the name is missing.</summary>
    public string DisplayName =>
        string.IsNullOrWhiteSpace(Integration.Name) ? Symbol.Name : Integration.Name!;
}
