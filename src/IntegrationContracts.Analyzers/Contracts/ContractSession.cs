using System;
using IntegrationContracts.Analyzers.Registry;
using IntegrationContracts.Analyzers.SourceOfTruth;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// What every contract rule needs for one compilation, built once at compilation start: the contract symbols,
/// the reader (with the assembly-level defaults already read) and the owners registry, if the project has one.
/// </summary>
internal sealed class ContractSession
{
    private readonly Lazy<SourceOfTruthIndex> _sourcesOfTruth;

    private ContractSession(ContractReader reader, OwnersRegistry? registry, AnalyzerOptions options, Compilation compilation)
    {
        Reader = reader;
        Registry = registry;
        Options = options;
        _sourcesOfTruth = new Lazy<SourceOfTruthIndex>(() => new SourceOfTruthIndex(reader, compilation));
    }

    /// <summary>Every source-of-truth declaration, indexed on first use (only the source-of-truth rules need it).</summary>
    public SourceOfTruthIndex SourcesOfTruth => _sourcesOfTruth.Value;

    public ContractReader Reader { get; }

    public ContractSymbols Symbols => Reader.Symbols;

    /// <summary>The owners registry, or <see langword="null"/> when the project has none or it cannot be read (IC0015 says so).</summary>
    public OwnersRegistry? Registry { get; }

    public AnalyzerOptions Options { get; }

    /// <param name="compilation">The compilation being analyzed.</param>
    /// <param name="options">Its analyzer options (additional files, .editorconfig).</param>
    /// <param name="readRegistry">Reads a registry text through the host's cache (CompilationStartAnalysisContext.TryGetValue).</param>
    public static ContractSession? TryCreate(Compilation compilation, AnalyzerOptions options, Func<SourceText, OwnersRegistryFile?> readRegistry)
    {
        if (ContractSymbols.TryCreate(compilation) is not { } symbols)
        {
            return null;
        }

        var registry = OwnersRegistryFile.Find(options, readRegistry);
        return new ContractSession(new ContractReader(symbols, compilation.Assembly), registry, options, compilation);
    }
}
