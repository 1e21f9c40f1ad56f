using System;
using System.Collections.Generic;

namespace IntegrationContracts.Build;

/// <summary>
/// The manifest formats: the name users put in <c>IntegrationContractsManifestFormats</c>, the
/// <c>AssemblyMetadata</c> key the generator embeds the text under, and the file the task writes.
/// </summary>
internal sealed class ManifestFormat
{
    public static readonly IReadOnlyList<ManifestFormat> All = new[]
    {
        new ManifestFormat("json", "IntegrationContracts.Manifest.json", "integrations.manifest.json"),
    };

    private ManifestFormat(string name, string metadataKey, string fileName)
    {
        Name = name;
        MetadataKey = metadataKey;
        FileName = fileName;
    }

    public string Name { get; }

    public string MetadataKey { get; }

    public string FileName { get; }

    public static ManifestFormat? Find(string name)
    {
        foreach (var format in All)
        {
            if (string.Equals(format.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }
}
