using System.Runtime.CompilerServices;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.SourceOfTruth;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The contract reader and source-of-truth index of one compilation, shared by every transform of a generator run
/// (each FAWMN transform sees the same Compilation). Kept off the pipeline: only value models flow through it.
/// </summary>
internal sealed class GeneratorContracts
{
    private static readonly ConditionalWeakTable<Compilation, GeneratorContracts?> Cache = new();

    private GeneratorContracts(ContractReader reader, SourceOfTruthIndex sourcesOfTruth)
    {
        Reader = reader;
        SourcesOfTruth = sourcesOfTruth;
    }

    public ContractReader Reader { get; }

    public SourceOfTruthIndex SourcesOfTruth { get; }

    /// <summary>Null when the compilation does not reference the contracts.</summary>
    public static GeneratorContracts? For(Compilation compilation) =>
        Cache.GetValue(compilation, static c =>
        {
            if (ContractSymbols.TryCreate(c) is not { } symbols)
            {
                return null;
            }

            var reader = new ContractReader(symbols, c.Assembly);
            return new GeneratorContracts(reader, new SourceOfTruthIndex(reader, c));
        });
}
