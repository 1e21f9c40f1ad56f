using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Projects built as a real build builds them for the projects that reference them: compiled with IntegrationContracts'
/// generator (so the assembly embeds its manifest and exports), written to <c>src/&lt;name&gt;/bin/Debug/&lt;name&gt;.dll</c>,
/// and referenced by path, metadata only.
/// </summary>
public static class BuiltProjects
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ic-built-" + Environment.ProcessId);

    public static MetadataReference Library(string name, string source, params MetadataReference[] references) =>
        Build(name, source, OutputKind.DynamicallyLinkedLibrary, references);

    /// <summary>An application (a host): its manifest says which HttpClient defaults it applies to its process.</summary>
    public static MetadataReference Application(string name, string source, params MetadataReference[] references) =>
        Build(name, source, OutputKind.ConsoleApplication, references);

    /// <summary>The embedded manifest of a built project, as the build task writes it (indented).</summary>
    public static string ManifestOf(MetadataReference reference)
    {
        var compilation = CSharpCompilation.Create("Reader", references: ClientLibraries.References.Add(reference));
        var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(reference)!;
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "AssemblyMetadataAttribute"
                && (string?)attribute.ConstructorArguments[0].Value == IntegrationContracts.Shared.ManifestChannel.JsonMetadataKey)
            {
                return IntegrationContracts.Shared.JsonText.Indent((string)attribute.ConstructorArguments[1].Value!);
            }
        }

        throw new InvalidOperationException("The assembly carries no manifest.");
    }

    private static MetadataReference Build(string name, string source, OutputKind kind, MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: name + ".cs")],
            ClientLibraries.References.AddRange(references),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHarness.CreateDriver(rootNamespace: name).RunGeneratorsAndUpdateCompilation(compilation, out var built, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);

        // One folder per build: tests build projects of the same name with different code, in parallel.
        var folder = Path.Combine(Root, "src", name, Guid.NewGuid().ToString("N"), "bin", "Debug");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + (kind == OutputKind.DynamicallyLinkedLibrary ? ".dll" : ".exe"));
        var result = built.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromFile(path);
    }
}
