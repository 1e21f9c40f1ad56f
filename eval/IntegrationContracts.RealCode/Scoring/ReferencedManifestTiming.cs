using System.Diagnostics;
using IntegrationContracts.Analyzers.Exports;
using IntegrationContracts.RealCode.Projects;
using IntegrationContracts.Shared.Manifest;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.RealCode.Scoring;

/// <summary>
/// What reading the referenced assemblies' manifests costs (<see cref="ReferencedManifests"/>), per application, in two
/// parts: the scan of every project's references (on a fresh copy of each compilation whose reference symbols the
/// compiler has already built, as in a build), and the parse of each manifest (once per MVID in a build). With referenced
/// projects as compilations (not --as-built) none carries a manifest: the scan is then the whole cost.
/// </summary>
internal static class ReferencedManifestTiming
{
    public static void Print(string app, AppSolution solution, TextWriter output)
    {
        var scan = TimeSpan.Zero;
        var references = 0;
        var manifests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in solution.Projects)
        {
            var compilation = project.Compilation.Clone();
            references += compilation.SourceModule.ReferencedAssemblySymbols.Length; // built by the compiler anyway
            var clock = Stopwatch.StartNew();
            _ = ReferencedManifests.Of(compilation);
            scan += clock.Elapsed;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (ReferencedManifests.ReferencesContracts(assembly) && EmbeddedJson(assembly) is { } json)
                {
                    manifests[assembly.Identity.Name] = json;
                }
            }
        }

        var parse = Stopwatch.StartNew();
        foreach (var json in manifests.Values)
        {
            _ = ManifestExportsReader.Read(json);
        }

        parse.Stop();
        var perAssembly = manifests.Count == 0 ? "" : $"; parsing {manifests.Count} manifest(s) took {parse.Elapsed.TotalMilliseconds:F1} ms ({parse.Elapsed.TotalMilliseconds / manifests.Count:F2} ms each, {manifests.Values.Sum(j => j.Length) / manifests.Count / 1024.0:F1} KB average)";
        output.WriteLine($"{app} (referenced projects {(solution.AsBuilt ? "as built" : "as compilations")}): scanning {references} references of {solution.Projects.Count} project(s) took {scan.TotalMilliseconds:F1} ms ({scan.TotalMilliseconds * 1000 / Math.Max(1, references):F1} µs per reference){perAssembly}.");
    }

    private static string? EmbeddedJson(IAssemblySymbol assembly) =>
        assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute" && a.ConstructorArguments.Length == 2 && (string?)a.ConstructorArguments[0].Value == IntegrationContracts.Shared.ManifestChannel.JsonMetadataKey)
            .Select(a => a.ConstructorArguments[1].Value as string)
            .FirstOrDefault();
}
