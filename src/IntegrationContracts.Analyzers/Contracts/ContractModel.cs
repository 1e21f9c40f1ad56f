using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Analyzers.Registry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The contract model of one compilation, created once and shared by every analyzer and code fix (the generator gets
/// its own on the compilation it sees): the contract symbols, the assembly defaults, the owners registry, the
/// source-of-truth index, and per integration its contract and its verdicts, each decided once and memoized. Retry
/// recognition keeps its own state (<see cref="Retry"/>); the model only asks it.
/// Like roslyn-analyzers' <c>WellKnownTypeProvider.GetOrCreate</c>, one instance per <see cref="Compilation"/>.
/// </summary>
internal sealed class ContractModel
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Models = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, ContractDeclarations> _declarations = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, IntegrationContract?> _contracts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, IntegrationVerdicts> _verdicts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();
    private readonly Lazy<SourceOfTruthIndex> _sourcesOfTruth;
    private readonly Lazy<Resilience.SwallowedCatches> _swallowedCatches;

    private ContractModel(Compilation compilation, ContractSymbols symbols, AnalyzerOptions? options)
    {
        _compilation = compilation;
        Options = options;
        Reader = new ContractReader(symbols, compilation.Assembly);
        Registry = options is null ? null : OwnersRegistryFile.Find(options)?.Registry;
        _sourcesOfTruth = new Lazy<SourceOfTruthIndex>(() => new SourceOfTruthIndex(Reader, compilation));
        Retry = new RetryRecognition(compilation, symbols.RetryPolicy, options, SemanticModelOf, Contract);
        _swallowedCatches = new Lazy<Resilience.SwallowedCatches>(() => new Resilience.SwallowedCatches(compilation, symbols.AlertHookInterface, options));
    }

    public ContractReader Reader { get; }

    /// <summary>Retry recognition for this compilation, with its own per-compilation state (<see cref="RetryRecognition"/>).</summary>
    public RetryRecognition Retry { get; }

    public ContractSymbols Symbols => Reader.Symbols;

    /// <summary>The options the model was made with; the registry comes from their additional files.</summary>
    public AnalyzerOptions? Options { get; }

    /// <summary>The owners registry, or <see langword="null"/> when the project has none or it cannot be read (IC0015 says so).</summary>
    public OwnersRegistry? Registry { get; }

    /// <summary>Every source-of-truth declaration, indexed on first use.</summary>
    public SourceOfTruthIndex SourcesOfTruth => _sourcesOfTruth.Value;

    /// <summary>
    /// The types and methods of this compilation written with attributes: the only ones that can carry a contract.
    /// A syntax walk, then one declared-symbol lookup per candidate; in source order.
    /// </summary>
    public IEnumerable<ISymbol> AttributedSymbols(CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            SemanticModel? semanticModel = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(static node => node is not (BlockSyntax or ArrowExpressionClauseSyntax)))
            {
                if (node is MemberDeclarationSyntax { AttributeLists.Count: > 0 } and (BaseTypeDeclarationSyntax or MethodDeclarationSyntax)
                    && (semanticModel ??= SemanticModelOf(tree)).GetDeclaredSymbol(node, cancellationToken) is { } symbol)
                {
                    yield return symbol;
                }
            }
        }
    }

    /// <summary>
    /// The model of the compilation, or <see langword="null"/> when it does not reference the contracts. Analyzers pass
    /// their options (the registry is one of their additional files); the generator passes none and reads the
    /// registry through its own pipeline.
    /// </summary>
    public static ContractModel? For(Compilation compilation, AnalyzerOptions? options = null)
    {
        var holder = Models.GetValue(compilation, static c => new Holder(ContractSymbols.TryCreate(c)));
        if (holder.Symbols is null)
        {
            return null;
        }

        var model = holder.Model;
        if (model is not null)
        {
            // Analyzers of one compilation share their options; anyone else gets a model of their own.
            return ReferenceEquals(model.Options, options) ? model : new ContractModel(compilation, holder.Symbols, options);
        }

        var created = new ContractModel(compilation, holder.Symbols, options);
        var existing = Interlocked.CompareExchange(ref holder.Model, created, null);
        return existing is not null && ReferenceEquals(existing.Options, options) ? existing : created;
    }

    /// <summary>The contract attributes declared on a type or method itself.</summary>
    public ContractDeclarations Declarations(ISymbol symbol) =>
        _declarations.GetOrAdd(symbol, Reader.ReadDeclarations);

    /// <summary>The contract of a type or method marked <c>[Integration]</c>; <see langword="null"/> for anything else.</summary>
    public IntegrationContract? Contract(ISymbol symbol) =>
        symbol is INamedTypeSymbol or IMethodSymbol
            ? _contracts.GetOrAdd(symbol, s => Reader.TryRead(s, Declarations))
            : null;

    /// <summary>The integration's verdicts, decided once.</summary>
    public IntegrationVerdicts Verdicts(IntegrationContract contract, CancellationToken cancellationToken = default) =>
        _verdicts.GetOrAdd(contract.Symbol, _ => Decide(contract, cancellationToken));

    /// <summary>Each carried object, its master for the integration's process and its verdict (IC0007, IC0008, IC0009).</summary>
    public ImmutableArray<CarriedObject> CarriedObjects(IntegrationContract contract)
    {
        var integration = contract.Integration;
        return integration.Objects.Select(obj =>
        {
            var resolution = SourcesOfTruth.Resolve(obj, integration.Process);
            return new CarriedObject(obj, resolution.Master, VerdictRules.CarriedObject(resolution, integration.Source));
        }).ToImmutableArray();
    }

    /// <summary>The owner's support-path verdict, for the integration's resolved owner and for IC0004 on any owner attribute.</summary>
    public Verdict SupportPath(OwnerDeclaration? owner) =>
        VerdictRules.SupportPath(
            owner is not null,
            owner?.Team,
            owner is not null && VerdictRules.HasSupportPath(owner.Contact, owner.OnCall, owner.Runbook),
            Registry?.Find(owner?.Team) is { HasSupportPath: true });

    private IntegrationVerdicts Decide(IntegrationContract contract, CancellationToken cancellationToken)
    {
        var owner = contract.Owner;
        var retry = RetryFacts(contract, cancellationToken);
        return VerdictRules.Decide(
            new VerdictFacts(
                contract.Integration.Name,
                owner is not null,
                owner?.Team,
                owner is not null && VerdictRules.HasSupportPath(owner.Contact, owner.OnCall, owner.Runbook),
                Registry?.Find(owner?.Team) is { HasSupportPath: true },
                contract.Retry is not null,
                retry.ToApply,
                retry.InType,
                retry.Candidate,
                contract.AlertHooks.Length,
                CarriedObjects(contract).Select(o => o.Verdict),
                FailureFacts(contract, cancellationToken)),
            Retry.Registrations(cancellationToken));
    }

    /// <summary>The code facts both retry verdicts are decided from (IC0002, IC0018), read only when a declaration does not settle them.</summary>
    public Manifest.RetryFacts RetryFacts(IntegrationContract contract, CancellationToken cancellationToken) =>
        Manifest.RetryFacts.Needed(contract.Retry)
            ? new Manifest.RetryFacts(Retry.InDeclaringType(contract.DeclaringType, cancellationToken), Retry.CandidateOf(contract.DeclaringType, cancellationToken), Manifest.RetryFacts.ToApplyFor(contract.Retry))
            : Manifest.RetryFacts.None;

    /// <summary>The integration's failure-handling facts, each read by the rule that reports it (IC0011, IC0014, IC0005).</summary>
    public FailureFacts FailureFacts(IntegrationContract contract, CancellationToken cancellationToken) =>
        new(
            SwallowedCatches.AnyIn(contract, this, SemanticModelOf, cancellationToken),
            contract.AlertHooks.Any(hook => Alerting.AlertHooks.AlertsNobody(hook, Symbols.AlertHookInterface)),
            Validation.ContractValueProblems.AnyIn(contract));

    /// <summary>IC0011's decision for a catch clause, with this compilation's options: the rule and the verdict share it.</summary>
    public Resilience.SwallowedCatches SwallowedCatches => _swallowedCatches.Value;

    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "Only calls that can be registrations or retry builders (filtered by name) are bound, once per compilation for every analyzer.")]
    private SemanticModel SemanticModelOf(SyntaxTree tree) => _semanticModels.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));

    private sealed class Holder(ContractSymbols? symbols)
    {
        public ContractSymbols? Symbols { get; } = symbols;

        public ContractModel? Model;
    }
}

/// <summary>An object an integration carries, the master the declarations agree on for its process, and the verdict.</summary>
internal readonly record struct CarriedObject(ITypeSymbol Object, string? Master, Verdict Verdict);
