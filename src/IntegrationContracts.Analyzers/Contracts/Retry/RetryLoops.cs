using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts;

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
