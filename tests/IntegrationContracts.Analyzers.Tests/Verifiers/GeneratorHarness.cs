using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>Compiles sources against .NET 8 and IntegrationContracts and runs the manifest generator over them.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> NetReferences = new(() =>
        ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static async Task<CSharpCompilation> CompileAsync(IEnumerable<string> sources, bool referenceContracts = true, string assemblyName = "Contoso.Sync")
    {
        var references = (await NetReferences.Value).ToList();
        if (referenceContracts)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
        }

        return CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"File{index}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver(string? rootNamespace = null, string? embedding = null, IEnumerable<AdditionalText>? additionalTexts = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ManifestGenerator().AsSourceGenerator() },
            additionalTexts: additionalTexts,
            parseOptions: ParseOptions,
            optionsProvider: BuildOptions(rootNamespace, embedding),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The build properties the generator reads: RootNamespace and IntegrationContractsEmbedManifest.</summary>
    public static AnalyzerConfigOptionsProvider BuildOptions(string? rootNamespace, string? embedding = null) => new BuildProperties(rootNamespace, embedding);

    /// <summary>Runs the generator and returns the updated compilation (which must compile) and the generated source.</summary>
    public static async Task<(Compilation Output, string? Generated)> RunAsync(IEnumerable<string> sources, string? rootNamespace = "Contoso.Sync", bool referenceContracts = true, string? embedding = null, string assemblyName = "Contoso.Sync", IEnumerable<AdditionalText>? additionalTexts = null)
    {
        var compilation = await CompileAsync(sources, referenceContracts, assemblyName);
        CreateDriver(rootNamespace, embedding, additionalTexts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var generated = output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).FirstOrDefault(tree => tree.FilePath.EndsWith("IntegrationManifest.g.cs", StringComparison.Ordinal))?.ToString();
        return (output, generated);
    }

    /// <summary>
    /// The manifest JSON as integrations.manifest.json shows it: the compact copy in the assembly metadata (its one copy
    /// in the assembly), indented as the build task writes it.
    /// </summary>
    public static string ManifestJson(Compilation output) =>
        IntegrationContracts.Shared.JsonText.Indent(
            EmbeddedDocument(output, IntegrationContracts.Shared.ManifestChannel.JsonMetadataKey) ?? throw new InvalidOperationException("The manifest was not generated."));

    public static void AssertCompiles(Compilation output)
    {
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>The value of the <c>AssemblyMetadata</c> entry the generated code embeds under <paramref name="metadataKey"/>, or null.</summary>
    public static string? EmbeddedDocument(Compilation output, string metadataKey)
    {
        foreach (var attribute in output.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute"
                && attribute.ConstructorArguments.Length == 2
                && (string?)attribute.ConstructorArguments[0].Value == metadataKey)
            {
                return (string?)attribute.ConstructorArguments[1].Value;
            }
        }

        return null;
    }

    /// <summary>An AdditionalFiles item, such as an owners registry.</summary>
    public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    private sealed class BuildProperties(string? rootNamespace, string? embedding) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string?>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.IntegrationContractsEmbedManifest"] = embedding,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string?> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string?>());

            public override bool TryGetValue(string key, out string value)
            {
                value = values.TryGetValue(key, out var found) ? found ?? string.Empty : string.Empty;
                return found is not null;
            }
        }
    }
}
