using System;
using System.Collections.Generic;
using System.Text;

namespace IntegrationContracts.Shared;

/// <summary>
/// How the manifest travels from the generator to the build task and the run time, defined once for the three
/// assemblies that meet here: the <c>AssemblyMetadata</c> key the compiled assembly carries it under, and the
/// generated comment-only file it is written to instead when the project keeps it out of the assembly.
/// </summary>
internal static class ManifestChannel
{
    /// <summary>The manifest schema this version writes and reads; additions keep it, anything a reader would misread changes it.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The <c>AssemblyMetadata</c> key of the embedded manifest.</summary>
    public const string JsonMetadataKey = "IntegrationContracts.Manifest.json";

    /// <summary>The generated file that carries the full manifest as a comment (the targets name its path too).</summary>
    public const string DocumentHintName = "IntegrationManifest.Document.g.cs";

    /// <summary>Each line of the document file's payload (base64 of the UTF-8 JSON) starts with this.</summary>
    public const string DocumentLinePrefix = "// manifest: ";

    private const int LineLength = 96;

    /// <summary>The payload lines for <paramref name="json"/>: comments, so nothing of them is compiled.</summary>
    public static IEnumerable<string> PayloadLines(string json)
    {
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        for (var start = 0; start < base64.Length; start += LineLength)
        {
            yield return DocumentLinePrefix + base64.Substring(start, Math.Min(LineLength, base64.Length - start));
        }
    }

    /// <summary>The manifest in a document file's lines, or <see langword="null"/> when they carry none.</summary>
    /// <exception cref="FormatException">The payload is damaged.</exception>
    public static string? Decode(IEnumerable<string> lines)
    {
        var base64 = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith(DocumentLinePrefix, StringComparison.Ordinal))
            {
                base64.Append(line, DocumentLinePrefix.Length, line.Length - DocumentLinePrefix.Length);
            }
        }

        return base64.Length == 0 ? null : Encoding.UTF8.GetString(Convert.FromBase64String(base64.ToString()));
    }
}
