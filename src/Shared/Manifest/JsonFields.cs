using System;
using System.Collections.Generic;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>Typed reads of manifest JSON, each failing with a <see cref="FormatException"/> that names the field and line.</summary>
internal static class JsonFields
{
    /// <summary>The manifest's top-level object, once its JSON parses and its schema is the one this version reads.</summary>
    public static JsonObject ManifestRoot(string json)
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
        if (version != ManifestChannel.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new FormatException($"The manifest has schemaVersion {version ?? "(none)"}; this version of IntegrationContracts reads {ManifestChannel.SchemaVersion}.");
        }

        return manifest;
    }

    public static JsonNode Get(JsonObject value, string name) =>
        value.Find(name) ?? throw new FormatException($"The manifest has no \"{name}\" (line {value.Line + 1}).");

    public static string? String(JsonObject value, string name) => value.Find(name) switch
    {
        null or JsonLiteral { Text: "null" } => null,
        JsonString text => text.Value,
        var other => throw new FormatException($"\"{name}\" must be a string (line {other.Line + 1})."),
    };

    public static string Required(JsonObject value, string name) =>
        String(value, name) ?? throw new FormatException($"\"{name}\" is missing (line {value.Line + 1}).");

    public static string? Literal(JsonObject value, string name) => (value.Find(name) as JsonLiteral)?.Text;

    public static JsonObject AsObject(JsonNode node, string what) =>
        node as JsonObject ?? throw new FormatException($"{Capitalized(what)} must be a JSON object (line {node.Line + 1}).");

    public static IReadOnlyList<JsonNode> AsArray(JsonNode node, string what) =>
        (node as JsonArray)?.Items ?? throw new FormatException($"\"{what}\" must be an array (line {node.Line + 1}).");

    public static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
