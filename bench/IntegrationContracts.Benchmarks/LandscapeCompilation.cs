using IntegrationContracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Benchmarks;

/// <summary>The synthetic landscape as one in-memory compilation (.NET 8 references and the attributes), for the generator benches.</summary>
public static class LandscapeCompilation
{
    public static CSharpCompilation Create(int integrations, int ordinaryClasses = 0)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            "Contoso.Bench",
            SyntheticLandscape.Generate(integrations, ordinaryClasses).Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"File{i}.cs")),
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
