using System;
using System.IO;
using System.Text;

namespace IntegrationContracts.Build;

/// <summary>
/// Where the build task finds the manifest the generator produced: in the compiled assembly's metadata (the default),
/// or — when the project keeps the manifest out of its assembly (<c>IntegrationContractsEmbedManifest</c> redacted or
/// none) — in the generated document file the compiler wrote to disk.
/// </summary>
internal static class ManifestSources
{
    /// <summary>The <c>AssemblyMetadata</c> key of the embedded manifest (the generator's <c>ManifestSource.JsonMetadataKey</c>).</summary>
    public const string JsonMetadataKey = "IntegrationContracts.Manifest.json";

    /// <summary>The prefix of each payload line of the document file (the generator's <c>ManifestEmbeddings.DocumentLinePrefix</c>).</summary>
    public const string DocumentLinePrefix = "// manifest: ";

    /// <summary>The JSON in the assembly's metadata, or <see langword="null"/> when it has none.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static string? FromAssembly(string assemblyPath) =>
        AssemblyManifestReader.Read(assemblyPath, JsonMetadataKey).TryGetValue(JsonMetadataKey, out var json) ? json : null;

    /// <summary>The JSON in a generated document file, or <see langword="null"/> when the file does not exist.</summary>
    /// <exception cref="FormatException">The file is not a document the generator wrote.</exception>
    public static string? FromDocumentFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var base64 = new StringBuilder();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith(DocumentLinePrefix, StringComparison.Ordinal))
            {
                base64.Append(line, DocumentLinePrefix.Length, line.Length - DocumentLinePrefix.Length);
            }
        }

        if (base64.Length == 0)
        {
            throw new FormatException("it holds no manifest.");
        }

        return Encoding.UTF8.GetString(Convert.FromBase64String(base64.ToString()));
    }
}
