using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The compilation, passed on only when what the manifest depends on changed: equal — whatever the compilation — while
/// every file's <see cref="ContractSyntax"/> fingerprint and every reference stay the same. So the binding stage after
/// it runs for a contract edit (or a new reference, or a changed project-wide option), not for an edit inside a method
/// body.
/// </summary>
/// <remarks>
/// The driver keeps this value for as long as it compares equal, i.e. across every body edit after a contract edit. It
/// holds its compilation weakly, so the compilation of the last contract edit (and every semantic model cached on it)
/// is not kept alive in the IDE: the reading step runs in the same generator pass as this one, while the driver holds
/// the compilation, and never again for this value.
/// </remarks>
internal sealed class ContractCompilation(Compilation compilation, ImmutableArray<int> fingerprints, ImmutableArray<MetadataReference> references, ModelOptions options)
{
    private readonly System.WeakReference<Compilation> _compilation = new(compilation);

    /// <summary>The compilation, during the generator pass that made this value.</summary>
    public Compilation Compilation => _compilation.TryGetTarget(out var target)
        ? target
        : throw new System.InvalidOperationException("The compilation was read after its generator pass; the reading step must run in the pass that made this value.");

    /// <summary>The project-wide options the model reads.</summary>
    public ModelOptions Options { get; } = options;

    public override bool Equals(object? obj) =>
        obj is ContractCompilation other
        && Options == other.Options
        && fingerprints.SequenceEqual(other.Fingerprints)
        && references.SequenceEqual(other.References, ReferenceEqualityComparer<MetadataReference>.Instance);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var fingerprint in fingerprints)
        {
            hash = unchecked((hash * 31) + fingerprint);
        }

        return hash;
    }

    private ImmutableArray<int> Fingerprints => fingerprints;

    private ImmutableArray<MetadataReference> References => references;

    private sealed class ReferenceEqualityComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceEqualityComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// Everything the manifest reads from a compilation, as values: its integrations (unordered), its sources of truth
/// (on types and at assembly level), the registrations that give integrations their retry, and what the assembly
/// exports to the compilations that reference it. Read in one pass through the shared <see cref="ContractModel"/>, the
/// one the analyzers use.
/// </summary>
internal sealed record ContractSnapshot(
    EquatableArray<IntegrationModel> Integrations,
    EquatableArray<SourceOfTruthModel> SourcesOfTruth,
    EquatableArray<RegistrationObservation> Registrations,
    Exports.ExportFacts Exports)
{
    public static readonly ContractSnapshot Empty = new(EquatableArray<IntegrationModel>.Empty, EquatableArray<SourceOfTruthModel>.Empty, EquatableArray<RegistrationObservation>.Empty, Analyzers.Exports.ExportFacts.None);

    public static ContractSnapshot Read(ContractCompilation input, CancellationToken cancellationToken)
    {
        if (ContractModel.For(input.Compilation, input.Options.ForModel()) is not { } model)
        {
            return Empty;
        }

        var integrations = new List<IntegrationModel>();
        var contracts = new List<IntegrationContract>();
        var sourcesOfTruth = model.Reader.Assembly.SourcesOfTruth.Select(ManifestModelBuilder.SourceOfTruth).Where(m => m is not null).Select(m => m!).ToList();
        foreach (var symbol in model.AttributedSymbols(cancellationToken))
        {
            if (model.Contract(symbol) is { } contract)
            {
                integrations.Add(ManifestModelBuilder.Build(contract, model, cancellationToken));
                contracts.Add(contract);
            }

            if (symbol is INamedTypeSymbol)
            {
                sourcesOfTruth.AddRange(model.Declarations(symbol).SourcesOfTruth.Select(ManifestModelBuilder.SourceOfTruth).Where(m => m is not null).Select(m => m!));
            }
        }

        var exports = Analyzers.Exports.ExportCollector.Collect(input.Compilation, model, Configuration.ListOption.Split(input.Options.ExternalClientTypes), Configuration.ListOption.Split(input.Options.Plugins.Replace(';', ',')), contracts, integrations, cancellationToken);
        return new ContractSnapshot(integrations.ToEquatableArray(), sourcesOfTruth.ToEquatableArray(), model.Retry.RegistrationObservations(cancellationToken).ToEquatableArray(), exports);
    }
}
