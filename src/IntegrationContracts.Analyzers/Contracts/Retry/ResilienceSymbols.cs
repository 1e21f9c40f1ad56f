using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// The resilience types IC0002 recognises, matched by metadata name (no package reference needed) and resolved once
/// per compilation. A family the compilation does not reference simply resolves to nothing.
/// </summary>
internal sealed class ResilienceSymbols
{
    // Polly v8 pipelines and v7 policies that, received from outside the type, bring a retry with them.
    private static readonly string[] InjectedPolicyTypes =
    {
        "Polly.ResiliencePipeline",
        "Polly.ResiliencePipeline`1",
        "Polly.Registry.ResiliencePipelineProvider`1",
        "Polly.IAsyncPolicy",
        "Polly.IAsyncPolicy`1",
        "Polly.ISyncPolicy",
        "Polly.ISyncPolicy`1",
        "Polly.AsyncPolicy",
        "Polly.AsyncPolicy`1",
        "Polly.Policy",
        "Polly.Policy`1",
        "Polly.Registry.IReadOnlyPolicyRegistry`1",
        "Polly.Registry.IPolicyRegistry`1",
    };

    private ResilienceSymbols(Compilation compilation)
    {
        var injected = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in InjectedPolicyTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                injected.Add(type);
            }
        }

        InjectedPolicies = injected.ToImmutable();
        HttpClient = compilation.GetTypeByMetadataName(ClientTypeNames.HttpClient);
        MassTransitConsumer = compilation.GetTypeByMetadataName(ClientTypeNames.MassTransitConsumer);
        NServiceBusHandler = compilation.GetTypeByMetadataName(ClientTypeNames.NServiceBusHandler);
    }

    /// <summary>Pipeline and policy types (generic definitions) that count when a type receives them.</summary>
    public ImmutableHashSet<INamedTypeSymbol> InjectedPolicies { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? MassTransitConsumer { get; }

    public INamedTypeSymbol? NServiceBusHandler { get; }

    public static ResilienceSymbols Create(Compilation compilation) => new(compilation);

    public bool IsInjectedPolicy(ITypeSymbol type) =>
        type is INamedTypeSymbol named && InjectedPolicies.Contains(named.OriginalDefinition);

    /// <summary>The names of Polly builder calls that add a retry: v8 <c>AddRetry</c>, v7 <c>Retry*</c> / <c>WaitAndRetry*</c>.</summary>
    public static bool IsRetryBuilderName(string name) =>
        name.StartsWith("AddRetry", System.StringComparison.Ordinal)
        || name.StartsWith("Retry", System.StringComparison.Ordinal)
        || name.StartsWith("WaitAndRetry", System.StringComparison.Ordinal);

    /// <summary>A Polly builder call that adds a retry.</summary>
    public static bool IsRetryBuilderCall(IMethodSymbol method)
    {
        if (!IsRetryBuilderName(method.Name))
        {
            return false;
        }

        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == "Polly" || ns.StartsWith("Polly.", System.StringComparison.Ordinal);
    }

    public bool IsNServiceBusHandler(INamedTypeSymbol type) => Implements(type, NServiceBusHandler);

    /// <summary>Message consumers whose retry is configured on the bus rather than in the type.</summary>
    public bool IsMessageHandler(INamedTypeSymbol type) =>
        Implements(type, MassTransitConsumer) || Implements(type, NServiceBusHandler);

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol? definition)
    {
        if (definition is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return false;
    }
}
