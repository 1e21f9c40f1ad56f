using System.Text.Json;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The manifest JSON of the Contoso landscape, embedded once in the assembly: snapshot and schema. (The build task
/// renders the other formats from this JSON; IntegrationContracts.Build.Tests checks them.)
/// </summary>
public sealed class ManifestJsonTests
{
    [Fact]
    public async Task Json_matches_the_snapshot_and_the_schema()
    {
        var json = GeneratorHarness.ManifestJson(await RunContosoAsync());

        ManifestSchema.AssertValid(json);
        Snapshot.Match(json, "contoso/integrations.manifest.json");
    }

    [Fact]
    public async Task The_assembly_carries_the_json_once_and_no_per_integration_code()
    {
        var (output, generated) = await GeneratorHarness.RunAsync(ContosoLandscape.All, ContosoLandscape.AssemblyName, assemblyName: ContosoLandscape.AssemblyName);
        var json = GeneratorHarness.ManifestJson(output);

        Assert.Equal(1, CountOccurrences(generated!, "crm-customers-to-erp"));
        Assert.Single(output.Assembly.GetAttributes(), a => a.AttributeClass?.Name == "AssemblyMetadataAttribute");
        Assert.DoesNotContain("const", generated);
        Assert.Contains("crm-customers-to-erp", json);
    }

    [Fact]
    public async Task An_assembly_without_integrations_still_gets_a_valid_manifest()
    {
        var (output, _) = await GeneratorHarness.RunAsync(new[] { "public sealed class Plain { }" });

        GeneratorHarness.AssertCompiles(output);
        ManifestSchema.AssertValid(GeneratorHarness.ManifestJson(output));
    }

    [Fact]
    public async Task Redacted_embedding_keeps_support_details_out_of_the_assembly_but_not_out_of_the_document()
    {
        var (output, generated) = await GeneratorHarness.RunAsync(ContosoLandscape.All, ContosoLandscape.AssemblyName, embedding: "redacted", assemblyName: ContosoLandscape.AssemblyName);
        GeneratorHarness.AssertCompiles(output);

        var embedded = GeneratorHarness.ManifestJson(output);
        ManifestSchema.AssertValid(embedded);
        Assert.DoesNotContain("erp@contoso.example", embedded);
        Assert.DoesNotContain("pagerduty:ERP", embedded);
        Assert.DoesNotContain("wiki.contoso.example", embedded);
        Assert.Contains("\"team\": \"erp-team\"", embedded);
        Assert.DoesNotContain("erp@contoso.example", generated);

        // The readiness verdicts stay those of the full contract: the details exist, they are only not shipped.
        using var document = JsonDocument.Parse(embedded);
        Assert.All(
            document.RootElement.GetProperty("integrations").EnumerateArray().Where(i => i.GetProperty("owner").ValueKind != JsonValueKind.Null),
            i => Assert.True(i.GetProperty("readiness").GetProperty("supportPath").GetBoolean()));

        var full = DocumentJson(output);
        Assert.Equal(GeneratorHarness.ManifestJson(await RunContosoAsync()), full);
    }

    [Fact]
    public async Task No_embedding_leaves_no_manifest_and_no_class_in_the_assembly()
    {
        var (output, generated) = await GeneratorHarness.RunAsync(ContosoLandscape.All, ContosoLandscape.AssemblyName, embedding: "none", assemblyName: ContosoLandscape.AssemblyName);
        GeneratorHarness.AssertCompiles(output);

        Assert.Null(generated);
        Assert.Null(GeneratorHarness.EmbeddedDocument(output, IntegrationContracts.Shared.ManifestChannel.JsonMetadataKey));
        Assert.Null(output.GetTypeByMetadataName(ContosoLandscape.AssemblyName + ".IntegrationManifest"));
        Assert.Equal(GeneratorHarness.ManifestJson(await RunContosoAsync()), DocumentJson(output));
    }

    /// <summary>The full manifest in the generator's document file (a comment the build task reads from disk).</summary>
    private static string DocumentJson(Compilation output)
    {
        var document = output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith(IntegrationContracts.Shared.ManifestChannel.DocumentHintName, StringComparison.Ordinal));
        Assert.All(document.GetRoot().DescendantTokens(), token => Assert.True(token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EndOfFileToken), "The document file must hold comments only."));
        var base64 = string.Concat(document.ToString().Split('\n')
            .Where(line => line.StartsWith(IntegrationContracts.Shared.ManifestChannel.DocumentLinePrefix, StringComparison.Ordinal))
            .Select(line => line.Substring(IntegrationContracts.Shared.ManifestChannel.DocumentLinePrefix.Length)));
        return IntegrationContracts.Shared.JsonText.Indent(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static async Task<Compilation> RunContosoAsync()
    {
        var (output, _) = await GeneratorHarness.RunAsync(ContosoLandscape.All, ContosoLandscape.AssemblyName, assemblyName: ContosoLandscape.AssemblyName);
        GeneratorHarness.AssertCompiles(output);
        return output;
    }
}
