using IntegrationContracts.Analyzers.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace IntegrationContracts.RealCode.Projects;

/// <summary>
/// A referenced project as a real build with the package hands it on: compiled with the IntegrationContracts generator
/// (its build properties as MSBuild passes them), emitted metadata-only, and referenced as an image, so the projects that
/// reference it read its embedded manifest and exports exactly as they would from bin/. A project that does not emit
/// (compiler errors from a package that is not served) is referenced as its compilation with the generated code: the
/// manifest is the same, only read from source symbols.
/// </summary>
internal static class BuiltProject
{
    public static (MetadataReference Reference, bool Emitted) Reference(CSharpCompilation compilation, ProjectInputs project)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options,
            optionsProvider: new BuildProperties(project.Property("RootNamespace") is { Length: > 0 } root ? root : project.AssemblyName));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        using var image = new MemoryStream();
        var emit = generated.Emit(image, options: new EmitOptions(metadataOnly: true));
        return emit.Success
            ? (MetadataReference.CreateFromImage(image.ToArray()), true)
            : (generated.ToMetadataReference(), false);
    }

    private sealed class BuildProperties(string rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, out string value) =>
                values.TryGetValue(key, out value!);
        }
    }
}
