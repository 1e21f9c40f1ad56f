using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Retry recognised inside an integration type: a Polly pipeline or policy it receives (constructor parameter or
/// settable property) or builds with a retry, a hand-written retry loop, retry state kept with the work item, a call
/// through a <c>[RetryPolicy]</c> method, a message handed back to the broker for redelivery, or a vendor SDK client that
/// retries by default. Only invocations whose name
/// looks like one of these are bound.
/// </summary>
internal static class RetryInType
{
    /// <param name="retryPolicy">The <c>[RetryPolicy]</c> attribute type, for calls through methods that declare it.</param>
    /// <param name="retryingCalls">The methods the <c>retrying_calls</c> option names.</param>
    /// <param name="imported">What referenced assemblies export as retrying.</param>
    /// <param name="registrations">The project's registrations and SDK settings (Stripe.net's retry, Azure messaging retries set to zero).</param>
    public static RetryEvidence? Find(INamedTypeSymbol type, ResilienceSymbols symbols, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> retryingCalls, Exports.ReferencedManifests imported, RetryRegistrations registrations, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken) =>
        ReceivedPolicy(type, symbols)
        ?? BuiltRetry(type, semanticModel, cancellationToken)
        ?? RetryLoops.Find(type, semanticModel, cancellationToken)
        ?? RetryState.Find(type, cancellationToken)
        ?? BrokerRedelivery.Find(type, semanticModel, cancellationToken)
        ?? RetryingCalls.Find(type, retryPolicy, retryingCalls, imported, semanticModel, cancellationToken)
        ?? SdkClientRetry.Find(type, registrations, semanticModel, cancellationToken);

    private static RetryEvidence? ReceivedPolicy(INamedTypeSymbol type, ResilienceSymbols symbols)
    {
        if (symbols.InjectedPolicies.IsEmpty)
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (symbols.IsInjectedPolicy(parameter.Type))
                {
                    return Received(parameter.Type, "constructor parameter '" + parameter.Name + "'", parameter);
                }
            }
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { SetMethod: not null } property && symbols.IsInjectedPolicy(property.Type))
            {
                return Received(property.Type, "property '" + property.Name + "'", property);
            }
        }

        return null;
    }

    private static RetryEvidence Received(ITypeSymbol policy, string through, ISymbol symbol) =>
        RetryEvidence.At(
            RetryEvidenceKind.InjectedPolicy,
            "receives " + policy.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " through its " + through,
            symbol.Locations.Length > 0 ? symbol.Locations[0] : null);

    private static RetryEvidence? BuiltRetry(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation
                    && ResilienceSymbols.IsRetryBuilderName(InvokedNames.Of(invocation))
                    && (model ??= semanticModel(declaration.SyntaxTree)).GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                    && ResilienceSymbols.IsRetryBuilderCall(method))
                {
                    return RetryEvidence.At(RetryEvidenceKind.RetryBuilder, "builds a Polly pipeline or policy with " + method.Name, invocation.GetLocation());
                }
            }
        }

        return null;
    }
}
