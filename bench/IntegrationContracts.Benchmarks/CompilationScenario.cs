using System.Collections.Immutable;
using System.Reflection;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Benchmarks;

/// <summary>The synthetic project compiled as csc would: once without and once with IntegrationContracts' analyzers and generator.</summary>
public sealed class CompilationScenario
{
    private readonly CSharpCompilation _compilation;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    public CompilationScenario(int integrations)
    {
        var sources = SyntheticLandscape.Generate(integrations);
        Lines = SyntheticLandscape.LineCount(sources);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        _compilation = CSharpCompilation.Create(
            "Contoso.Bench",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"File{i}.cs")),
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        _analyzers = typeof(ManifestGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    public int Lines { get; }

    public int AnalyzerCount => _analyzers.Length;

    /// <summary>
    /// What the compiler does anyway: bind every method body and report diagnostics. It runs through the same analyzer
    /// driver with one analyzer that registers nothing, so both sides pay for the driver's event queue alike.
    /// </summary>
    public int Compile()
    {
        // A fresh compilation each time: binding results are cached per compilation.
        var compilation = _compilation.Clone().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NothingAnalyzer()));
        return compilation.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>The same with the manifest generator run first and every IntegrationContracts analyzer on the result.</summary>
    public int CompileWithIntegrationContracts() => RunWithIntegrationContracts(logTimes: false).Diagnostics;

    /// <summary>The generator alone (parsing is done; it binds what its transforms ask for).</summary>
    public int RunGenerator()
    {
        var result = CSharpGeneratorDriver.Create(new ManifestGenerator()).RunGenerators(_compilation.Clone()).GetRunResult();
        return result.GeneratedTrees.Length;
    }

    /// <summary>The compiler's work on the project plus the generated manifest class, without analyzers.</summary>
    public int CompileWithGeneratedCodeOnly()
    {
        CSharpGeneratorDriver.Create(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(_compilation.Clone(), out var generated, out _);
        var compilation = generated.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NothingAnalyzer()));
        return compilation.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>The analyzers alone, on the compilation without generated code.</summary>
    public int CompileWithAnalyzersOnly()
    {
        var compilation = _compilation.Clone().WithAnalyzers(_analyzers);
        return compilation.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>The compiler's work plus one analyzer, by type name.</summary>
    public int CompileWithAnalyzer(string name)
    {
        var compilation = _compilation.Clone().WithAnalyzers(_analyzers.Where(a => a.GetType().Name == name).ToImmutableArray());
        return compilation.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    public IEnumerable<string> AnalyzerNames => _analyzers.Select(a => a.GetType().Name);

    /// <summary>Each analyzer's own execution time, to find the expensive one.</summary>
    public IReadOnlyList<(string Analyzer, TimeSpan Time)> AnalyzerTimes() => RunWithIntegrationContracts(logTimes: true).Times;

    private (int Diagnostics, IReadOnlyList<(string, TimeSpan)> Times) RunWithIntegrationContracts(bool logTimes)
    {
        var compilation = _compilation.Clone();
        CSharpGeneratorDriver.Create(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var withAnalyzers = generated.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: logTimes));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var times = new List<(string, TimeSpan)>();
        if (logTimes)
        {
            foreach (var analyzer in _analyzers)
            {
                var info = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult();
                times.Add((analyzer.GetType().Name, info.ExecutionTime));
            }
        }

        return (diagnostics.Length, times);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NothingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new("BENCH0", "unused", "unused", "bench", DiagnosticSeverity.Hidden, false);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }
}
