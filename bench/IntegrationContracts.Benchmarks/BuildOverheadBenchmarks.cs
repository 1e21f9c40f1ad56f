using BenchmarkDotNet.Attributes;

namespace IntegrationContracts.Benchmarks;

/// <summary>BenchmarkDotNet view of the overhead: compare the two means (Ratio column).</summary>
[MemoryDiagnoser]
public class BuildOverheadBenchmarks
{
    private CompilationScenario _scenario = null!;

    [Params(1000)]
    public int Integrations { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = new CompilationScenario(Integrations);

    [Benchmark(Baseline = true)]
    public int Compile() => _scenario.Compile();

    [Benchmark]
    public int CompileWithIntegrationContracts() => _scenario.CompileWithIntegrationContracts();
}
