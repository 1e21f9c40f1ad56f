using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Retry one step away: the integration calls through a type of the same project — a typed client, a provider, a
/// sender — whose own retry is recognised (in its code, its registration, its SDK, or its <c>[RetryPolicy]</c>), or
/// through an interface of the project whose implementations here all retry. Followed two steps deep (a scheduled
/// task → a service → a retrying client). A dependency's retry loop or retry state is about its own work (a job
/// scheduler that retries its jobs), not the calls made through it, so those do not carry over. Types of other assemblies are followed only as far as their manifests export them
/// (<see cref="Exports.ReferencedManifests"/>): their bodies are not visible here. Without an export, <c>[RetryPolicy]</c>
/// on the abstraction states it (<see cref="RetryingCalls"/>).
/// </summary>
internal static class RetryingDependencies
{
    private const int Depth = 2;

    public static RetryEvidence? Find(INamedTypeSymbol type, RetryRecognition model, CancellationToken cancellationToken) =>
        Find(type, model, Depth, new HashSet<ISymbol>(SymbolEqualityComparer.Default) { type }, cancellationToken);

    private static RetryEvidence? Find(INamedTypeSymbol type, RetryRecognition model, int depth, HashSet<ISymbol> seen, CancellationToken cancellationToken)
    {
        foreach (var (dependency, location) in Dependencies(type, model))
        {
            if (!seen.Add(dependency))
            {
                continue;
            }

            var why = model.IsInThisProject(dependency)
                ? Through(dependency, model, depth, seen, cancellationToken)?.Description
                : Imported(dependency, model);
            if (why is not null)
            {
                return RetryEvidence.At(
                    RetryEvidenceKind.RetryingDependency,
                    "calls through " + dependency.Name + ", which retries: " + why,
                    location);
            }
        }

        return null;
    }

    /// <summary>
    /// Why every call through a type of this project retries: its own retry, or for an interface, the retry of every
    /// implementation here. The export of this assembly's public surface asks the same question (<see cref="Exports.ExportCollector"/>).
    /// </summary>
    public static RetryEvidence? Through(INamedTypeSymbol dependency, RetryRecognition model, CancellationToken cancellationToken) =>
        Through(dependency, model, Depth, new HashSet<ISymbol>(SymbolEqualityComparer.Default) { dependency }, cancellationToken);

    private static RetryEvidence? Through(INamedTypeSymbol dependency, RetryRecognition model, int depth, HashSet<ISymbol> seen, CancellationToken cancellationToken)
    {
        var implementations = dependency.TypeKind == TypeKind.Interface ? model.SourceImplementations(dependency) : [dependency];
        RetryEvidence? first = null;
        foreach (var implementation in implementations)
        {
            var own = Own(implementation, model, depth, seen, cancellationToken);
            if (own is null)
            {
                return null;
            }

            first ??= own;
        }

        return first;
    }

    /// <summary>
    /// A type of a referenced assembly whose manifest exports it as retrying (an event bus whose broker implementation
    /// retries there): it retries when an assembly exports its retry and none exports an integration behind it without one.
    /// </summary>
    private static string? Imported(INamedTypeSymbol dependency, RetryRecognition model)
    {
        string? why = null;
        foreach (var imported in model.Imported.Type(dependency))
        {
            if (imported.Export.Retry is { } retry)
            {
                why ??= retry.Description + " (exported by " + imported.Assembly + ")";
            }
            else if (imported.Export.Integration is not null)
            {
                return null;
            }
        }

        return why;
    }

    private static RetryEvidence? Own(INamedTypeSymbol type, RetryRecognition model, int depth, HashSet<ISymbol> seen, CancellationToken cancellationToken)
    {
        if (model.DeclaresRetry(type))
        {
            return new RetryEvidence(RetryEvidenceKind.RetryingDependency, "[RetryPolicy] on " + type.Name, null, 0);
        }

        return (model.InType(type, cancellationToken) is { Kind: not (RetryEvidenceKind.RetryLoop or RetryEvidenceKind.RetryState) } inType ? inType : null)
            ?? model.Registrations(cancellationToken).Covers(model.CandidateOf(type, cancellationToken))
            ?? (depth > 1 ? Find(type, model, depth - 1, seen, cancellationToken) : null);
    }

    /// <summary>What the type receives (constructor parameters) or holds (fields): types declared in this project, or exported by a referenced one.</summary>
    private static IEnumerable<(INamedTypeSymbol Type, Location? Location)> Dependencies(INamedTypeSymbol type, RetryRecognition model)
    {
        foreach (var (dependency, location) in Common.TypeDependencies.Of(type))
        {
            if (dependency is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface } named
                && (model.IsInThisProject(named) || (model.Imported.HasTypes && model.Imported.Type(named).Count > 0)))
            {
                yield return (named.OriginalDefinition, location);
            }
        }
    }
}
