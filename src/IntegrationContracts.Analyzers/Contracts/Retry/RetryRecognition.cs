using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Retry recognition for one compilation, with its own state: the resilience symbols, the registrations that give types
/// their retry, the project's runners and interface implementations, and per type the retry recognised in it, each
/// found once on first need (with the caller's cancellation). The contract model owns one and asks it for the retry
/// facts of an integration; <see cref="VerdictRules.Decide"/> turns them into the verdict.
/// </summary>
internal sealed class RetryRecognition
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _retryPolicy;
    private readonly Func<SyntaxTree, SemanticModel> _semanticModel;
    private readonly Func<ISymbol, IntegrationContract?> _contractOf;
    private readonly ConcurrentDictionary<ISymbol, RetryEvidence?> _inType = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, RetryEvidence?> _inDeclaringType = new(SymbolEqualityComparer.Default);
    private readonly Lazy<ResilienceSymbols> _resilience;
    private readonly CancellableLazy<RegistrationScan> _observations;
    private readonly CancellableLazy<RetryRegistrations> _registrations;
    private readonly Lazy<ILookup<ISymbol, INamedTypeSymbol>> _implementations;
    private readonly CancellableLazy<RetryRunners> _runners;

    /// <param name="contractOf">The contract of a type, from the model: a dependency's declared <c>[RetryPolicy]</c> counts.</param>
    public RetryRecognition(Compilation compilation, INamedTypeSymbol? retryPolicy, AnalyzerOptions? options, Func<SyntaxTree, SemanticModel> semanticModel, Func<ISymbol, IntegrationContract?> contractOf)
    {
        _contractOf = contractOf;
        _compilation = compilation;
        _retryPolicy = retryPolicy;
        _semanticModel = semanticModel;
        _resilience = new Lazy<ResilienceSymbols>(() => ResilienceSymbols.Create(compilation));
        _observations = new CancellableLazy<RegistrationScan>(ObserveRegistrations);
        _registrations = new CancellableLazy<RetryRegistrations>(cancellationToken => new RetryRegistrations(_observations.GetValue(cancellationToken).Observations));
        _implementations = new Lazy<ILookup<ISymbol, INamedTypeSymbol>>(() => Implementations.Index(compilation.Assembly));
        _runners = new CancellableLazy<RetryRunners>(cancellationToken => RetryRunners.Index(compilation.Assembly, semanticModel, cancellationToken));
        RetryingCallNames = RetryingCalls.Names(options);
        _imported = new Lazy<Exports.ReferencedManifests>(() => Exports.ReferencedManifests.Of(compilation));
    }

    private readonly Lazy<Exports.ReferencedManifests> _imported;

    /// <summary>What referenced assemblies' manifests export: their retrying types and HttpClient defaults methods.</summary>
    public Exports.ReferencedManifests Imported => _imported.Value;

    /// <summary>The methods <c>integration_contracts.retrying_calls</c> names (project-wide): whoever calls them retries.</summary>
    public ImmutableHashSet<string> RetryingCallNames { get; }

    public ResilienceSymbols Resilience => _resilience.Value;

    /// <summary>Every registration of the compilation that gives integrations their retry, found once (see <see cref="RegistrationObserver"/>).</summary>
    public ImmutableArray<RegistrationObservation> RegistrationObservations(CancellationToken cancellationToken) => _observations.GetValue(cancellationToken).Observations;

    /// <summary>
    /// The methods of this project in which HttpClient defaults with a retry are applied (<c>ConfigureHttpClientDefaults</c>,
    /// or a call to another library's exported defaults method), with the evidence: a service-defaults library exports them.
    /// </summary>
    public ImmutableArray<(IMethodSymbol Method, RetryEvidence Evidence)> HttpClientDefaultsAppliedIn(CancellationToken cancellationToken) =>
        _observations.GetValue(cancellationToken).DefaultsAppliedIn;

    /// <summary>The registrations of the compilation that give types their retry.</summary>
    public RetryRegistrations Registrations(CancellationToken cancellationToken) => _registrations.GetValue(cancellationToken);

    /// <summary>
    /// Retry recognised for an integration's declaring type (shared by its integration methods): in the type itself, or
    /// in a type of this project it calls through (<see cref="RetryingDependencies"/>), or in a runner of this project
    /// that calls it (<see cref="RetryRunners"/>).
    /// </summary>
    public RetryEvidence? InDeclaringType(INamedTypeSymbol declaringType, CancellationToken cancellationToken) =>
        _inDeclaringType.GetOrAdd(declaringType, type =>
            InType((INamedTypeSymbol)type, cancellationToken)
            ?? RetryingDependencies.Find((INamedTypeSymbol)type, this, cancellationToken)
            ?? (MayBeRunByARunner((INamedTypeSymbol)type) ? _runners.GetValue(cancellationToken).Of((INamedTypeSymbol)type) : null));

    /// <summary>
    /// A runner reaches a type only through an interface it implements or a base class it derives from, declared in this
    /// project (<see cref="RetryRunners.Of"/>): a type with neither needs no index of the project's runners, which reads
    /// every type of the project.
    /// </summary>
    private bool MayBeRunByARunner(INamedTypeSymbol type)
    {
        foreach (var @interface in type.AllInterfaces)
        {
            if (IsInThisProject(@interface))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (IsInThisProject(baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Retry recognised in the type's own code.</summary>
    public RetryEvidence? InType(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        _inType.GetOrAdd(type, t => RetryInType.Find((INamedTypeSymbol)t, Resilience, _retryPolicy, RetryingCallNames, Imported, Registrations(cancellationToken), _semanticModel, cancellationToken));

    /// <summary>What a registration elsewhere needs to know to cover a type.</summary>
    public RetryCandidate CandidateOf(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        RetryCandidate.Of(type, Resilience, NamedClientsInType.Find(type, _semanticModel, cancellationToken));

    /// <summary>Whether the type is an integration that declares a retry policy (not <c>[NoRetry]</c>).</summary>
    public bool DeclaresRetry(INamedTypeSymbol type) => _contractOf(type)?.Retry is { IsNoRetry: false };

    /// <summary>Whether the symbol is declared in this project (not in a referenced assembly or project).</summary>
    public bool IsInThisProject(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    /// <summary>The concrete classes of this project that implement an interface (its generic definition).</summary>
    public IReadOnlyList<INamedTypeSymbol> SourceImplementations(INamedTypeSymbol @interface) =>
        _implementations.Value[@interface.OriginalDefinition].ToList();

    /// <summary>
    /// Every registration of the compilation, found once: the files that mention a registration method by name are
    /// walked, and only the matching calls are bound.
    /// </summary>
    private RegistrationScan ObserveRegistrations(CancellationToken cancellationToken)
    {
        var observations = ImmutableArray.CreateBuilder<RegistrationObservation>();
        var defaultsIn = ImmutableArray.CreateBuilder<(IMethodSymbol, RetryEvidence)>();
        var imported = Imported.DefaultsMethodNames;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken);
            if (!RegistrationObserver.MayContainRegistration(text) && !ImportedDefaults.MayBeCalledIn(text, imported))
            {
                continue;
            }

            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                // An exported defaults method is read from its export first: AddServiceDefaults is otherwise taken at its name.
                var observation = ImportedDefaults.IsCandidate(node, imported) ? ImportedDefaults.Observe(node, Imported, _semanticModel(tree), cancellationToken) : null;
                if (observation is null && RegistrationObserver.IsCandidate(node))
                {
                    observation = RegistrationObserver.Observe(node, _semanticModel(tree), cancellationToken);
                }

                if (observation is null)
                {
                    continue;
                }

                observations.Add(observation);
                if (observation.Kind == RegistrationKind.CoversTypedClients && EnclosingMethod(node, _semanticModel(tree), cancellationToken) is { } method)
                {
                    defaultsIn.Add((method, observation.Evidence));
                }
            }
        }

        return new RegistrationScan(observations.ToImmutable(), defaultsIn.ToImmutable());
    }

    /// <summary>The method (not a lambda or local function inside it) whose body holds the node.</summary>
    private static IMethodSymbol? EnclosingMethod(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken); symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && symbol.ContainingSymbol is INamedTypeSymbol)
            {
                return method;
            }

            if (symbol is INamedTypeSymbol)
            {
                return null;
            }
        }

        return null;
    }

    private sealed record RegistrationScan(ImmutableArray<RegistrationObservation> Observations, ImmutableArray<(IMethodSymbol Method, RetryEvidence Evidence)> DefaultsAppliedIn);
}
