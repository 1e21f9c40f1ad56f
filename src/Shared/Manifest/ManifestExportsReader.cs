using System;
using System.Collections.Generic;
using static IntegrationContracts.Shared.Manifest.JsonFields;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// Reads a manifest's <c>exports</c>. A manifest without them (written by an earlier version, or by a project that
/// exports nothing) has none; bad JSON, another schema version or a malformed export is a <see cref="FormatException"/>
/// naming what is wrong, so a reader can skip the assembly and say why instead of guessing.
/// </summary>
internal static class ManifestExportsReader
{
    /// <summary>The exports of a whole manifest.</summary>
    public static ManifestExports Read(string json) => Of(ManifestRoot(json));

    /// <summary>The exports of a parsed manifest object.</summary>
    public static ManifestExports Of(JsonObject manifest)
    {
        if (manifest.Find("exports") is not { } node || node is JsonLiteral { Text: "null" })
        {
            return ManifestExports.None;
        }

        var exports = AsObject(node, "exports");
        var types = new List<ExportedType>();
        foreach (var item in Items(exports, "types"))
        {
            var type = AsObject(item, "an exported type");
            types.Add(new ExportedType(Required(type, "type"), String(type, "implementedBy"), String(type, "integration"), Retry(type, "retry")));
        }

        var defaults = new List<ExportedDefaults>();
        foreach (var item in Items(exports, "httpClientDefaults"))
        {
            var method = AsObject(item, "an exported HttpClient defaults method");
            defaults.Add(new ExportedDefaults(Required(method, "method"), Retry(method, "retry") ?? throw new FormatException($"\"retry\" is missing (line {method.Line + 1}).")));
        }

        return new ManifestExports(types, defaults, Retry(exports, "appliesHttpClientDefaults"), Strings(exports, "usesHttpClient"), Strings(exports, "loads"));
    }

    private static List<string> Strings(JsonObject value, string name)
    {
        var strings = new List<string>();
        foreach (var item in Items(value, name))
        {
            strings.Add((item as JsonString)?.Value ?? throw new FormatException($"\"{name}\" must hold names (line {item.Line + 1})."));
        }

        return strings;
    }

    private static IReadOnlyList<JsonNode> Items(JsonObject value, string name) =>
        value.Find(name) is { } node ? AsArray(node, name) : [];

    private static ExportedRetry? Retry(JsonObject value, string name)
    {
        if (value.Find(name) is not { } node || node is JsonLiteral { Text: "null" })
        {
            return null;
        }

        var retry = AsObject(node, name);
        return new ExportedRetry(Required(retry, "kind"), Required(retry, "description"));
    }
}
