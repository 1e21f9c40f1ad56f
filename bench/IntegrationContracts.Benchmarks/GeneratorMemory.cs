using System.Globalization;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// --generator-memory: what the manifest generator keeps alive in the IDE. One contract edit, then a long series of
/// method-body edits, each a new compilation run through the same <see cref="GeneratorDriver"/> as the IDE does; after
/// every tenth edit a full collection and the managed heap's size. Flat means nothing is retained per edit: neither
/// the compilation of the last contract edit nor the semantic models cached on it.
/// </summary>
public static class GeneratorMemory
{
    public static void Run(int integrations, int edits)
    {
        Compilation compilation = LandscapeCompilation.Create(integrations);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new ManifestGenerator().AsSourceGenerator() });

        // The contract edit: the binding stage reads this compilation; the body edits after it must not keep it.
        var contractTree = compilation.SyntaxTrees.ElementAt(1);
        compilation = compilation.ReplaceSyntaxTree(contractTree, contractTree.WithChangedText(
            Microsoft.CodeAnalysis.Text.SourceText.From(contractTree.ToString().Replace("OnCall = \"pagerduty:T", "OnCall = \"opsgenie:T"))));
        driver = driver.RunGenerators(compilation);
        var contractCompilation = new WeakReference<Compilation>(compilation);

        var bodyTree = compilation.SyntaxTrees.ElementAt(2);
        var body = bodyTree.ToString();
        Console.WriteLine(Invariant($"## Generator memory: {integrations:N0} integrations, {edits} body edits after one contract edit"));
        Console.WriteLine();
        Console.WriteLine("| edits | managed heap after a full collection (MB) |");
        Console.WriteLine("|---:|---:|");
        Console.WriteLine(Invariant($"| 0 | {Heap():F1} |"));
        for (var edit = 1; edit <= edits; edit++)
        {
            var current = compilation.SyntaxTrees.First(tree => tree.FilePath == bodyTree.FilePath);
            compilation = compilation.ReplaceSyntaxTree(current, current.WithChangedText(
                Microsoft.CodeAnalysis.Text.SourceText.From(body.Replace("sent++;", $"sent += {edit};"))));
            driver = driver.RunGenerators(compilation);
            if (edit % 10 == 0)
            {
                Console.WriteLine(Invariant($"| {edit} | {Heap():F1} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"The contract edit's compilation is {(contractCompilation.TryGetTarget(out _) ? "still alive (retained by the generator)" : "collected")}.");
        GC.KeepAlive(driver);
    }

    private static double Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
