using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Real third-party libraries (Polly, Microsoft.Extensions.*, MassTransit, Serilog) as the test project restored them,
/// so rules are tested against the real shapes of those APIs. They target the newest .NET, so test code that uses
/// them compiles against the .NET 10 reference assemblies.
/// </summary>
public static class LibraryReferences
{
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.10"),
        Path.Combine("ref", "net10.0"));

    private static readonly string[] Prefixes = { "Polly", "Microsoft.Extensions.", "MassTransit", "Serilog" };

    public static IEnumerable<MetadataReference> All() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => Prefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
}
