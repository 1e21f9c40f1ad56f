using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Cli.Tests;

/// <summary>Compiles a small assembly that carries a manifest the way the generator embeds it (AssemblyMetadata).</summary>
internal static class AssemblyWithManifest
{
    public static string Write(string path, string? manifestJson)
    {
        var attribute = manifestJson is null
            ? ""
            : $"[assembly: System.Reflection.AssemblyMetadata(\"IntegrationContracts.Manifest.json\", {SymbolDisplay.FormatLiteral(manifestJson, quote: true)})]";
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(attribute + "\nnamespace Sample { public sealed class Anything { } }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(System.Reflection.AssemblyMetadataAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }
}
