using System;
using System.Collections.Generic;

namespace IntegrationContracts.Build;

/// <summary>
/// The manifest formats: the name users put in <c>IntegrationContractsManifestFormats</c>, and for each file of the
/// format the <c>AssemblyMetadata</c> key the generator embeds its text under and the file the task writes.
/// The keys match <c>ManifestDocument</c> in the analyzers.
/// </summary>
internal sealed class ManifestFormat
{
    public static readonly IReadOnlyList<ManifestFormat> All = new[]
    {
        new ManifestFormat("json", new ManifestFile("IntegrationContracts.Manifest.json", "integrations.manifest.json")),
        new ManifestFormat("markdown", new ManifestFile("IntegrationContracts.Manifest.markdown", "integrations.md")),
        // Components in catalog-info.yaml (the file Backstage and Datadog look for); teams in their own file, because
        // Backstage usually accepts Group entities only from org providers or locations allowed to register them.
        new ManifestFormat(
            "backstage",
            new ManifestFile("IntegrationContracts.Manifest.backstage", "catalog-info.yaml"),
            new ManifestFile("IntegrationContracts.Manifest.backstage-groups", "catalog-groups.yaml")),
    };

    private ManifestFormat(string name, params ManifestFile[] files)
    {
        Name = name;
        Files = files;
    }

    public string Name { get; }

    public IReadOnlyList<ManifestFile> Files { get; }

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

/// <summary>One file of a manifest format.</summary>
internal sealed class ManifestFile
{
    public ManifestFile(string metadataKey, string fileName)
    {
        MetadataKey = metadataKey;
        FileName = fileName;
    }

    public string MetadataKey { get; }

    public string FileName { get; }
}
