using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Retry that belongs to whoever runs the integration: a runner of this project (a periodic-task launcher, a job
/// host) whose retry loop calls through an interface or abstract class of the project (<c>IPeriodicTask.Do</c>)
/// re-runs every implementation when it fails. The reverse of <see cref="RetryingDependencies"/>: there the
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
                if (!declaration.DescendantNodes().Any(node => node is TryStatementSyntax)
                    || RetryLoops.FindIn(declaration, semanticModel, cancellationToken) is not { Waits: true } found)
                {
                    continue;
                }

                var model = semanticModel(declaration.SyntaxTree);
                foreach (var call in found.Retrying.DescendantNodes(InvokedNames.InSameFunction).OfType<InvocationExpressionSyntax>())
                {
                    if (call.Expression is MemberAccessExpressionSyntax
                        && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } run }
                        && (run.TypeKind == TypeKind.Interface || run.IsAbstract)
                        && SymbolEqualityComparer.Default.Equals(run.ContainingAssembly, assembly))
                    {
                        var evidence = found.Evidence with { Description = "is run by " + runner.Name + ", which " + found.Evidence.Description + " (through " + run.Name + ")" };
                        runs[run.OriginalDefinition] = evidence;
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
