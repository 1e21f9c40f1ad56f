using System;
using System.IO;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// Where the build task finds the manifest the generator produced: in the compiled assembly's metadata (the default),
/// or — when the project keeps the manifest out of its assembly (<c>IntegrationContractsEmbedManifest</c> redacted or
/// none) — in the generated document file the compiler wrote to disk.
/// </summary>
internal static class ManifestSources
{
    /// <summary>The JSON in the assembly's metadata, or <see langword="null"/> when it has none.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static string? FromAssembly(string assemblyPath) =>
        AssemblyManifestReader.Read(assemblyPath, ManifestChannel.JsonMetadataKey).TryGetValue(ManifestChannel.JsonMetadataKey, out var json) ? json : null;

    /// <summary>The JSON in a generated document file, or <see langword="null"/> when the file does not exist.</summary>
    /// <exception cref="FormatException">The file is not a document the generator wrote.</exception>
    public static string? FromDocumentFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return ManifestChannel.Decode(File.ReadAllLines(path)) ?? throw new FormatException("it holds no manifest.");
    }
}
