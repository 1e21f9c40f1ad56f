using System.Text.Json;
using Json.Schema;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>Validates manifests against docs/manifest.schema.json (draft 2020-12), the schema the package ships.</summary>
public static class ManifestSchema
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "manifest.schema.json");

    // Built once: the schema registers its $id, and building it twice would be a second registration.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path)));

    /// <summary>Fails with every schema error when <paramref name="json"/> is not a valid manifest.</summary>
    public static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, "The manifest does not match docs/manifest.schema.json:\n" + Describe(results) + "\n" + json);
    }

    /// <summary>Fails when the schema file itself is not a valid draft 2020-12 schema.</summary>
    public static void AssertSchemaIsValid()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, "docs/manifest.schema.json is not a valid draft 2020-12 schema:\n" + Describe(results));
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new List<EvaluationResults>())
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key}: {error.Value}")));
}
