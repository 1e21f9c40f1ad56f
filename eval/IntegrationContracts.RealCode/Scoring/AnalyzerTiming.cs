using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.RealCode.Scoring;

/// <summary>
/// What each analyzer costs on real code: every analyzer runs alone on a fresh copy of each compilation (so it pays for
/// the contract model and the semantic models it needs, as it would if it were the only one), then all of them
/// together, as the compiler runs them. Wall-clock time summed over the projects. Running analyzers makes Roslyn bind
/// every method body again to raise its compilation events, so a baseline analyzer that does nothing (one symbol and
/// one semantic-model action) is timed the same way, and each analyzer's cost is its time above that baseline.
/// </summary>
internal sealed class AnalyzerTiming
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Baseline = [new NothingAnalyzer()];

    private readonly Dictionary<string, TimeSpan> _alone = new(StringComparer.Ordinal);
    private TimeSpan _together;
    private TimeSpan _baseline;
    private TimeSpan _compile;
    private TimeSpan _generator;

    public void Measure(Compilation compilation, AnalyzerOptions options)
    {
        foreach (var analyzer in AnalyzerRun.Analyzers)
        {
            _alone[Name(analyzer)] = _alone.GetValueOrDefault(Name(analyzer)) + Time(compilation.Clone(), [analyzer], options);
        }

        _together += Time(compilation.Clone(), AnalyzerRun.Analyzers, options);
        _baseline += Time(compilation.Clone(), Baseline, options);

        // The compile itself (bind and emit every body), and the manifest generator as a build runs it once.
        var clone = compilation.Clone();
        var stopwatch = Stopwatch.StartNew();
        _ = clone.Emit(Stream.Null);
        _compile += stopwatch.Elapsed;
        clone = compilation.Clone();
        stopwatch.Restart();
        _ = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver
            .Create(new IntegrationContracts.Analyzers.Manifest.ManifestGenerator())
            .RunGenerators(clone);
        _generator += stopwatch.Elapsed;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"Analyzer time on real code (wall clock, summed over the projects). Baseline: a do-nothing analyzer, {_baseline.TotalSeconds:F2} s,");
        output.WriteLine("which is Roslyn binding every body again for the analyzer driver; an analyzer that reads bodies pays it too.");
        output.WriteLine($"  {"analyzer",-48} {"alone",8} {"above baseline",16}");
        foreach (var (name, time) in _alone.OrderByDescending(entry => entry.Value))
        {
            // An analyzer with no body or semantic-model actions never makes the driver bind: its time is all its own.
            var above = time < _baseline / 2 ? "(binds nothing)" : $"{(time - _baseline).TotalSeconds:F2} s";
            output.WriteLine($"  {name,-48} {time.TotalSeconds,6:F2} s {above,16}");
        }

        output.WriteLine($"  {"all together",-48} {_together.TotalSeconds,6:F2} s {(_together - _baseline).TotalSeconds,14:F2} s");
        output.WriteLine();
        var added = (_together - _baseline) + _generator;
        output.WriteLine($"Compile (bind and emit, summed): {_compile.TotalSeconds:F2} s. Added by IntegrationContracts: analyzers above the baseline {(_together - _baseline).TotalSeconds:F2} s");
        output.WriteLine($"+ manifest generator {_generator.TotalSeconds:F2} s = {added.TotalSeconds:F2} s, {added / _compile:P1} of the compile.");
    }

    private static TimeSpan Time(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        _ = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return stopwatch.Elapsed;
    }

    private static string Name(DiagnosticAnalyzer analyzer) =>
        analyzer.GetType().Name + " (" + string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct()) + ")";

    /// <summary>The baseline: as cheap as an analyzer can be while still making the driver visit every symbol and tree.</summary>
    private sealed class NothingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BASE0001", "baseline", "baseline", "baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
            context.RegisterSemanticModelAction(_ => { });
        }
    }
}
