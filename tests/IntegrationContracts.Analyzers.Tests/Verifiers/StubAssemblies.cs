using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Small libraries compiled to files, as a build references packages and projects: by path, metadata only. A package's
/// assembly is written under <c>&lt;id&gt;/&lt;version&gt;/lib/net8.0/</c> like the NuGet cache; a project's under <c>bin/Debug/</c>.
/// </summary>
public static class StubAssemblies
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ic-stubs-" + Environment.ProcessId);

    /// <param name="references">Other stubs this one is compiled against (they become its referenced assemblies).</param>
    public static MetadataReference Package(string name, string source, params MetadataReference[] references) =>
        Package(name, "1.0.0", source, references);

    /// <param name="version">The package folder's version; the assembly's own version is whatever the source declares.</param>
    public static MetadataReference Package(string name, string version, string source, params MetadataReference[] references) =>
        Write(Path.Combine(Root, name.ToLowerInvariant(), version, "lib", "net8.0"), name, source, references);

    public static MetadataReference Project(string name, string source, params MetadataReference[] references) =>
        Write(Path.Combine(Root, "src", name, "bin", "Debug"), name, source, references);

    private static MetadataReference Write(string folder, string name, string source, MetadataReference[] references)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".dll");
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            ClientLibraries.References.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        lock (Root)
        {
            var result = compilation.Emit(path);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromFile(path);
    }
}
