using System.Diagnostics;
using BenchmarkDotNet.Running;
using IntegrationContracts.Benchmarks;

// --full-build: whole `dotnet build` runs of the landscape as a project on disk, with and without the package.
if (args.Length > 0 && args[0] == "--full-build")
{
    FullBuildMeasurement.Run(args);
    return;
}

// --measure: a quick, self-contained overhead measurement (median of interleaved runs), for CI logs and notes.
// Anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--measure")
{
    var integrations = args.Length > 1 ? int.Parse(args[1]) : 1000;
    var runs = args.Length > 2 ? int.Parse(args[2]) : 7;
    var scenario = new CompilationScenario(integrations);
    Console.WriteLine($"{integrations} integrations, {scenario.Lines:N0} lines, {scenario.AnalyzerCount} analyzers + the manifest generator");

    scenario.Compile();
    scenario.CompileWithIntegrationContracts();
    var baseline = new List<double>();
    var withContracts = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        baseline.Add(Time(scenario.Compile));
        withContracts.Add(Time(scenario.CompileWithIntegrationContracts));
    }

    var b = Median(baseline);
    var w = Median(withContracts);
    Console.WriteLine($"compile: {b:F0} ms, compile + IntegrationContracts: {w:F0} ms (medians of {runs})");
    Console.WriteLine($"overhead: {w - b:F0} ms = {(w - b) / b:P1} of the compiler's own work");
    Console.WriteLine($"  generator alone: {Time(scenario.RunGenerator):F0} ms");
    Console.WriteLine($"  compile + generator, no analyzers: {Time(scenario.CompileWithGeneratedCodeOnly):F0} ms");
    Console.WriteLine($"  compile + analyzers, no generator: {Time(scenario.CompileWithAnalyzersOnly):F0} ms");
    foreach (var (analyzer, time) in scenario.AnalyzerTimes().OrderByDescending(t => t.Time))
    {
        Console.WriteLine($"  {analyzer,-40} {time.TotalMilliseconds,8:F0} ms");
    }

    return;
}

// --generator-steps: the generator's full run and its re-run after an unrelated edit, per tracked step.
if (args.Length > 0 && args[0] == "--generator-steps")
{
    var ordinary = Array.IndexOf(args, "--ordinary") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : 0;
    GeneratorSteps.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 5, ordinary);
    return;
}

// --generator-memory: the managed heap over a series of method-body edits after one contract edit (flat: nothing retained).
if (args.Length > 0 && args[0] == "--generator-memory")
{
    GeneratorMemory.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 100);
    return;
}

// --per-analyzer: the compile with each analyzer alone, to find an expensive one (median of 3 each).
if (args.Length > 0 && args[0] == "--per-analyzer")
{
    var scenario = new CompilationScenario(args.Length > 1 ? int.Parse(args[1]) : 1000);
    scenario.Compile();
    var baseline = Median(Enumerable.Range(0, 3).Select(_ => Time(scenario.Compile)).ToList());
    Console.WriteLine($"compile alone: {baseline:F0} ms");
    foreach (var name in scenario.AnalyzerNames)
    {
        var time = Median(Enumerable.Range(0, 3).Select(_ => Time(() => scenario.CompileWithAnalyzer(name))).ToList());
        Console.WriteLine($"  + {name,-40} {time - baseline,6:F0} ms");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BuildOverheadBenchmarks).Assembly).Run(args);

static double Time(Func<int> action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

static double Median(List<double> values)
{
    values.Sort();
    return values[values.Count / 2];
}
