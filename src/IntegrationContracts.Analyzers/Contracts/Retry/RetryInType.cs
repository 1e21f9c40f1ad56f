using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Retry recognised inside an integration type: a Polly pipeline or policy it receives (constructor parameter or
/// settable property) or builds with a retry, a hand-written retry loop, retry state kept with the work item, a call
/// through a <c>[RetryPolicy]</c> method, or a vendor SDK client that retries by default. Only invocations whose name
/// looks like one of these are bound.
/// </summary>
internal static class RetryInType
{
    /// <param name="retryPolicy">The <c>[RetryPolicy]</c> attribute type, for calls through methods that declare it.</param>
    /// <param name="retryingCalls">The methods the <c>retrying_calls</c> option names.</param>
    public static RetryEvidence? Find(INamedTypeSymbol type, ResilienceSymbols symbols, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> retryingCalls, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken) =>
        ReceivedPolicy(type, symbols)
        ?? BuiltRetry(type, semanticModel, cancellationToken)
        ?? RetryLoops.Find(type, semanticModel, cancellationToken)
        ?? RetryState.Find(type, cancellationToken)
        ?? RetryingCalls.Find(type, retryPolicy, retryingCalls, semanticModel, cancellationToken)
        ?? SdkClientRetry.Find(type, semanticModel, cancellationToken);

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

/// <summary>
/// A hand-written retry in the type: a <c>for</c>, <c>while</c> or <c>do</c> loop whose body tries the work and waits
/// between attempts (<c>Task.Delay</c> or <c>Thread.Sleep</c>), or a catch that waits and then calls again what its try
/// called (a single delayed second attempt), e.g.
/// <c>for (var attempt = 1; ; attempt++) { try { ...; return; } catch (HttpRequestException) when (attempt &lt; Max) { await Task.Delay(backoff); } }</c>.
/// </summary>
internal static class RetryLoops
{
    public static RetryEvidence? Find(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            foreach (var loop in declaration.DescendantNodes().Where(node => node is ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax))
            {
                var body = loop switch
                {
                    ForStatementSyntax f => f.Statement,
                    WhileStatementSyntax w => w.Statement,
                    _ => ((DoStatementSyntax)loop).Statement,
                };
                if (!body.DescendantNodesAndSelf(InvokedNames.InSameFunction).Any(node => node is TryStatementSyntax))
                {
                    continue;
                }

                if (Wait(body, declaration.SyntaxTree, semanticModel, cancellationToken) is { } waiter)
                {
                    return RetryEvidence.At(RetryEvidenceKind.RetryLoop, "retries in a loop, waiting with " + waiter + " between attempts", loop.GetLocation());
                }
            }

            // A single delayed second attempt: the catch waits (often honouring Retry-After on a 429) and calls again
            // what the try called.
            foreach (var tryStatement in declaration.DescendantNodes().OfType<TryStatementSyntax>())
            {
                var tried = tryStatement.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>().Select(InvokedNames.Of).ToImmutableHashSet();
                foreach (var catchClause in tryStatement.Catches)
                {
                    var calls = catchClause.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>().ToList();
                    var wait = calls.FindIndex(call => InvokedNames.Of(call) is "Delay" or "Sleep");
                    if (wait >= 0
                        && calls.Skip(wait + 1).Any(call => tried.Contains(InvokedNames.Of(call)))
                        && Wait(catchClause.Block, declaration.SyntaxTree, semanticModel, cancellationToken) is { } waiter)
                    {
                        return RetryEvidence.At(RetryEvidenceKind.RetryLoop, "tries again after waiting with " + waiter + " in its catch", catchClause.CatchKeyword.GetLocation());
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The framework wait (<c>Task.Delay</c>, <c>Thread.Sleep</c>) in the code, bound to be sure, or <see langword="null"/>.</summary>
    private static string? Wait(SyntaxNode code, SyntaxTree tree, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var wait in code.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>())
        {
            if (InvokedNames.Of(wait) is "Delay" or "Sleep"
                && semanticModel(tree).GetSymbolInfo(wait, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } waiter }
                && waiter.ToDisplayString() is "System.Threading.Tasks.Task" or "System.Threading.Thread")
            {
                return waiter.Name + "." + InvokedNames.Of(wait);
            }
        }

        return null;
    }
}

/// <summary>
/// Calls through an abstraction that retries, stated where it is declared: a method (or an interface method) that is
/// not an integration itself but carries <c>[RetryPolicy]</c> — <c>IEventBus.PublishAsync</c> whose broker
/// implementation retries, a shared client's <c>SendAsync</c>. Read from metadata too, so the declaration can live in
/// another project or package. For code the user cannot annotate, the project-wide option
/// <c>integration_contracts.retrying_calls</c> names such methods (<c>Namespace.Type.Method</c> or <c>Type.Method</c>).
/// </summary>
internal static class RetryingCalls
{
    /// <summary>The methods the option names, from the project-wide (global) options.</summary>
    public static ImmutableHashSet<string> Names(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions? options) =>
        options is not null && options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(Configuration.OptionKeys.RetryingCalls, out var value)
            ? Configuration.ListOption.Split(value).ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;

    public static RetryEvidence? Find(INamedTypeSymbol type, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> named, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        if (retryPolicy is null && named.IsEmpty)
        {
            return null;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                model ??= semanticModel(declaration.SyntaxTree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                    && !SymbolEqualityComparer.Default.Equals(method.ContainingType, type)
                    && Why(method, retryPolicy, named) is { } why)
                {
                    return RetryEvidence.At(
                        RetryEvidenceKind.RetryingCall,
                        "calls " + method.ContainingType.Name + "." + method.Name + ", " + why,
                        invocation.GetLocation());
                }
            }
        }

        return null;
    }

    private static string? Why(IMethodSymbol method, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> named)
    {
        var declared = (method.ReducedFrom ?? method).OriginalDefinition;
        if (retryPolicy is not null && declared.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, retryPolicy)))
        {
            return "declared [RetryPolicy]";
        }

        return !named.IsEmpty && declared.ContainingType is { } containing
            && (named.Contains(containing.ToDisplayString() + "." + declared.Name) || named.Contains(containing.Name + "." + declared.Name))
                ? "named in " + Configuration.OptionKeys.RetryingCalls
                : null;
    }
}

/// <summary>
/// Retry state kept with the work item and re-run later (by a hosted service, a scheduled job, the queue): a count of
/// attempts compared with a limit — <c>item.RetryCount &lt; MaxRetryCount</c>, <c>message.SentTries &lt; 3</c>,
/// <c>DequeueCount &gt; MaxDequeueCount</c> — read from syntax: the names say what the numbers are.
/// </summary>
internal static class RetryState
{
    public static RetryEvidence? Find(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var comparison in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<BinaryExpressionSyntax>())
            {
                if (comparison.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
                        or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
                    && (CountsAttempts(comparison.Left) || CountsAttempts(comparison.Right)))
                {
                    return RetryEvidence.At(RetryEvidenceKind.RetryState, "keeps a count of attempts and checks it: " + comparison, comparison.GetLocation());
                }
            }
        }

        return null;
    }

    /// <summary>Whether the expression names a count of attempts: a PascalCase or camelCase word Retry/Retries/Attempt(s)/Tries/DequeueCount in its last name.</summary>
    internal static bool CountsAttempts(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        foreach (var word in new[] { "Retry", "Retries", "Attempt", "Tries", "DequeueCount", "Redelivery" })
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            var lower = char.ToLowerInvariant(word[0]) + word.Substring(1);
            if (at >= 0 || name.StartsWith(lower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The clients a type takes from <c>IHttpClientFactory.CreateClient(name)</c>, by name ("" for <c>CreateClient()</c>).</summary>
internal static class NamedClientsInType
{
    public static EquatableArray<string> Find(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        var names = new System.Collections.Generic.SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation || InvokedNames.Of(invocation) != "CreateClient")
                {
                    continue;
                }

                model ??= semanticModel(declaration.SyntaxTree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingNamespace: { } ns } method
                    || ns.ToDisplayString() != "System.Net.Http")
                {
                    continue;
                }

                var arguments = invocation.ArgumentList.Arguments;
                if (arguments.Count == 0)
                {
                    names.Add(string.Empty);
                }
                else if (model.GetConstantValue(arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string name })
                {
                    names.Add(name);
                }
            }
        }

        return names.ToEquatableArray();
    }
}

/// <summary>The rightmost name of what a call invokes, read from syntax alone: a cheap filter before binding.</summary>
internal static class InvokedNames
{
    public static string Of(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>
    /// For walking one function's body: code inside a lambda or local function runs at another time (a delay there
    /// does not wait between attempts; a throw there does not run when the catch runs).
    /// </summary>
    public static bool InSameFunction(SyntaxNode node) =>
        node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    public static string Of(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };
}
