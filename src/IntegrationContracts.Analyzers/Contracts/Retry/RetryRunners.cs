using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Retry that belongs to whoever runs the integration: a runner of this project (a periodic-task launcher, a job
/// host) whose retry loop tries a call through an interface or abstract method of the project
/// (<c>try { await task.Do(token); }</c> on an <c>IPeriodicTask</c>) re-runs every implementation when it fails. The reverse of <see cref="RetryingDependencies"/>: there the
/// integration calls something that retries; here something that retries calls the integration. Only runners that
/// wait and run the same work again count: a failover loop that tries the next provider retries the aggregate, not
/// each provider.
/// </summary>
internal sealed class RetryRunners
{
    private readonly Dictionary<ISymbol, RetryEvidence> _runs;

    private RetryRunners(Dictionary<ISymbol, RetryEvidence> runs) => _runs = runs;

    /// <summary>Reads every type of the project once; only declarations with a <c>try</c> are bound.</summary>
    public static RetryRunners Index(IAssemblySymbol assembly, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        var runs = new Dictionary<ISymbol, RetryEvidence>(SymbolEqualityComparer.Default);
        foreach (var runner in DeclaredTypes.In(assembly.GlobalNamespace))
        {
            foreach (var reference in runner.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                if (!declaration.DescendantNodes().Any(node => node is TryStatementSyntax))
                {
                    continue;
                }

                var model = semanticModel(declaration.SyntaxTree);
                foreach (var loop in declaration.DescendantNodes().OfType<StatementSyntax>())
                {
                    // Every waiting retry loop of the runner counts, not only its first.
                    if (RetryLoops.Judge(loop, semanticModel, cancellationToken) is not { Waits: true } retry)
                    {
                        continue;
                    }

                    // Only what the loop tries is re-run: calls in its try blocks, not in a catch (a notification of
                    // the failure) or around them (loading the next due item).
                    var tried = loop.DescendantNodes(InvokedNames.InSameFunction).OfType<TryStatementSyntax>()
                        .SelectMany(attempt => attempt.Block.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>());
                    foreach (var call in tried)
                    {
                        if (call.Expression is MemberAccessExpressionSyntax
                            && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsAbstract: true, ContainingType: { } run }
                            && SymbolEqualityComparer.Default.Equals(run.ContainingAssembly, assembly))
                        {
                            runs[run.OriginalDefinition] = retry.Evidence with { Description = "is run by " + runner.Name + ", which " + retry.Evidence.Description + " (through " + run.Name + ")" };
                        }
                    }
                }
            }
        }

        return new RetryRunners(runs);
    }

    /// <summary>The retry of a runner that calls the type through an interface it implements or an abstract class it derives from.</summary>
    public RetryEvidence? Of(INamedTypeSymbol type)
    {
        if (_runs.Count == 0)
        {
            return null;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (_runs.TryGetValue(@interface.OriginalDefinition, out var evidence))
            {
                return evidence;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (_runs.TryGetValue(baseType.OriginalDefinition, out var evidence))
            {
                return evidence;
            }
        }

        return null;
    }
}
