using System.Diagnostics;
using System.Globalization;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// --generator-steps: the manifest generator's full run on the synthetic project and its re-run after an edit in one
/// unrelated method body (the IDE's every keystroke), with the time of each tracked step. Warm (JIT done): the median
/// of several runs of each.
/// </summary>
public static class GeneratorSteps
{
    public static void Run(int integrations, int runs, int ordinaryClasses = 0)
    {
        var compilation = LandscapeCompilation.Create(integrations, ordinaryClasses);

        // The edit: one statement in one method body of one integration, nothing that touches a contract. A new edit
        // (and so a new compilation, as in the IDE) for every run: nothing bound for an earlier run can be reused.
        var tree = compilation.SyntaxTrees.ElementAt(1);
        var text = tree.ToString();
        Compilation Edited(int run) => compilation.ReplaceSyntaxTree(
            tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace("sent++;", $"sent += {run + 1};"))));

        var fullTimes = new List<double>();
        var rerunTimes = new List<double>();
        GeneratorDriverRunResult? fullResult = null;
        GeneratorDriverRunResult? rerunResult = null;
        for (var i = 0; i < runs + 1; i++)
        {
            var driver = Driver();
            var full = compilation.Clone();
            var edited = Edited(i);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(full);
            var fullTime = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            driver = driver.RunGenerators(edited);
            var rerunTime = watch.Elapsed.TotalMilliseconds;
            if (i == 0)
            {
                continue; // JIT
            }

            fullTimes.Add(fullTime);
            rerunTimes.Add(rerunTime);
            fullResult ??= Driver().RunGenerators(compilation.Clone()).GetRunResult();
            rerunResult = driver.GetRunResult();
        }

        Console.WriteLine(Invariant($"## Manifest generator: {integrations:N0} integrations, {ordinaryClasses:N0} ordinary classes, median of {runs} warm runs"));
        Console.WriteLine();
        Console.WriteLine("| | full run (ms) | re-run after an unrelated method-body edit (ms) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(Invariant($"| whole generator | {Median(fullTimes):F1} | {Median(rerunTimes):F2} |"));
        foreach (var step in fullResult!.Results[0].TrackedSteps.Keys.Order(StringComparer.Ordinal))
        {
            var rerunSteps = rerunResult!.Results[0].TrackedSteps.TryGetValue(step, out var found) ? found : [];
            var reasons = string.Join(", ", rerunSteps.SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct());
            Console.WriteLine(Invariant($"| step {step} | {Sum(fullResult.Results[0].TrackedSteps[step]):F1} | {Sum(rerunSteps):F2} ({reasons}) |"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"Re-run / full run: 1 / {Median(fullTimes) / Median(rerunTimes):F0}."));
    }

    private static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new ManifestGenerator().AsSourceGenerator() },
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static double Sum(IEnumerable<IncrementalGeneratorRunStep> steps) => steps.Sum(s => s.ElapsedTime.TotalMilliseconds);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
