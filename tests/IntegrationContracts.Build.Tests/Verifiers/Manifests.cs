using System.Collections.Immutable;
using System.Reflection;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Build.Formats;
using IntegrationContracts.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Build.Tests.Verifiers;

/// <summary>
/// Real manifests for the format tests: sources compiled against the running framework and IntegrationContracts, the
/// manifest generator run over them, and the embedded JSON read back as the build task reads it.
/// </summary>
public static class Manifests
{
    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .Append(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location))
        .ToImmutableArray();

    /// <summary>Compiles the sources, runs the generator (with these build properties) and returns the output compilation.</summary>
    public static Compilation Generate(IEnumerable<string> sources, string assemblyName = "Contoso.Sync", string? embedding = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"File{index}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var properties = new Dictionary<string, string> { ["build_property.RootNamespace"] = assemblyName };
        if (embedding is not null)
        {
            properties["build_property.IntegrationContractsEmbedManifest"] = embedding;
        }

        CSharpGeneratorDriver.Create(new[] { new ManifestGenerator().AsSourceGenerator() }, parseOptions: parseOptions, optionsProvider: new BuildProperties(properties))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", errors));
        return output;
    }

    /// <summary>The manifest JSON embedded in the output, as the build task reads it.</summary>
    public static string Json(Compilation output) =>
        output.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == nameof(AssemblyMetadataAttribute) && (string?)a.ConstructorArguments[0].Value == ManifestChannel.JsonMetadataKey)
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .Single();

    /// <summary>One file of a format, rendered by the build task's renderer from the compilation's manifest.</summary>
    public static string Render(Compilation output, string format, int file = 0) =>
        ManifestFormat.Find(format)!.Files[file].Render(new RenderInput(Json(output)));

    /// <summary>Compiles and emits the output to a file, as the build would write the intermediate assembly.</summary>
    public static string Emit(Compilation output, string directory)
    {
        var path = Path.Combine(directory, output.AssemblyName + ".dll");
        var result = output.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    /// <summary>The generator's document file, as the compiler writes it with EmitCompilerGeneratedFiles.</summary>
    public static string? DocumentFile(Compilation output) =>
        output.SyntaxTrees.FirstOrDefault(tree => tree.FilePath.EndsWith(ManifestChannel.DocumentHintName, StringComparison.Ordinal))?.ToString();

    private sealed class BuildProperties(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
