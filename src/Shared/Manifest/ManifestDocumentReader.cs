using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// Reads <c>integrations.manifest.json</c> (schemaVersion 1) into a <see cref="ManifestDocument"/>. Properties it does not
/// know are ignored, as the schema asks of readers; a missing required one, a wrong type or another schema version is
/// a <see cref="FormatException"/> naming what is wrong.
/// </summary>
internal static class ManifestDocumentReader
{
    public const int SchemaVersion = 1;

    public static ManifestDocument Read(string json)
    {
        JsonNode root;
        try
        {
            root = JsonLite.Parse(json);
        }
        catch (JsonSyntaxException exception)
        {
            throw new FormatException($"The manifest is not valid JSON: {exception.Message} (line {exception.Line + 1}, column {exception.Column + 1}).", exception);
        }

        var manifest = AsObject(root, "the manifest");
        var version = Literal(manifest, "schemaVersion");
        if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new FormatException($"The manifest has schemaVersion {version ?? "(none)"}; this version of IntegrationContracts reads {SchemaVersion}.");
        }

        var generator = AsObject(Get(manifest, "generator"), "generator");
        var assembly = AsObject(Get(manifest, "assembly"), "assembly");
        var integrations = new List<ManifestIntegration>();
        foreach (var item in AsArray(Get(manifest, "integrations"), "integrations"))
        {
            integrations.Add(ReadIntegration(AsObject(item, "an integration")));
        }

        var sourcesOfTruth = new List<ManifestSourceOfTruth>();
        foreach (var item in AsArray(Get(manifest, "sourcesOfTruth"), "sourcesOfTruth"))
        {
            var declaration = AsObject(item, "a source of truth");
            sourcesOfTruth.Add(new ManifestSourceOfTruth(
                Required(declaration, "object"),
                String(declaration, "process"),
                Required(declaration, "system"),
                Required(declaration, "declaredOn"),
                Required(declaration, "assembly")));
        }

        return new ManifestDocument(
            Required(generator, "name"),
            Required(generator, "version"),
            Required(assembly, "name"),
            Required(assembly, "version"),
            integrations,
            sourcesOfTruth);
    }

    private static ManifestIntegration ReadIntegration(JsonObject integration)
    {
        var objects = new List<ManifestCarriedObject>();
        foreach (var item in AsArray(Get(integration, "objects"), "objects"))
        {
            var carried = AsObject(item, "a carried object");
            objects.Add(new ManifestCarriedObject(Required(carried, "type"), String(carried, "sourceOfTruth")));
        }

        ManifestOwner? owner = null;
        if (Get(integration, "owner") is JsonObject ownerObject)
        {
            owner = new ManifestOwner(
                String(ownerObject, "team"),
                String(ownerObject, "contact"),
                String(ownerObject, "onCall"),
                String(ownerObject, "runbook"),
                String(ownerObject, "declaredOn"));
        }

        // Verdicts say why; a manifest written before they existed has only the flags.
        var verdicts = integration.Find("verdicts") as JsonObject;
        var readiness = new List<ReadinessVerdict>();
        foreach (var property in AsObject(Get(integration, "readiness"), "readiness").Properties)
        {
            var holds = property.Value is JsonLiteral { Text: "true" };
            var verdict = verdicts is null ? null : String(verdicts, property.Key);
            readiness.Add(new ReadinessVerdict(property.Key, holds, verdict ?? (holds ? "declared" : "missing")));
        }

        return new ManifestIntegration(
            Required(integration, "name"),
            Required(integration, "type"),
            String(integration, "member"),
            String(integration, "source"),
            String(integration, "target"),
            String(integration, "process"),
            String(integration, "description"),
            objects,
            owner,
            readiness);
    }

    private static JsonNode Get(JsonObject value, string name) =>
        value.Find(name) ?? throw new FormatException($"The manifest has no \"{name}\" (line {value.Line + 1}).");

    private static string? String(JsonObject value, string name) => value.Find(name) switch
    {
        null or JsonLiteral { Text: "null" } => null,
        JsonString text => text.Value,
        var other => throw new FormatException($"\"{name}\" must be a string (line {other.Line + 1})."),
    };

    private static string Required(JsonObject value, string name) =>
        String(value, name) ?? throw new FormatException($"\"{name}\" is missing (line {value.Line + 1}).");

    private static string? Literal(JsonObject value, string name) => (value.Find(name) as JsonLiteral)?.Text;

    private static JsonObject AsObject(JsonNode node, string what) =>
        node as JsonObject ?? throw new FormatException($"{Capitalized(what)} must be a JSON object (line {node.Line + 1}).");

    private static IReadOnlyList<JsonNode> AsArray(JsonNode node, string what) =>
        (node as JsonArray)?.Items ?? throw new FormatException($"\"{what}\" must be an array (line {node.Line + 1}).");

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
