using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IntegrationContracts.Build;

/// <summary>
/// Writes the ownership manifest files (<c>integrations.manifest.json</c>, ...) that the IntegrationContracts
/// generator embedded in the compiled assembly. A file whose content did not change is not rewritten.
/// </summary>
public sealed class WriteIntegrationManifests : Task
{
    private const string MetadataKeyPrefix = "IntegrationContracts.Manifest.";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The compiled assembly (the intermediate one under obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>Where the files go; created when missing. A relative path is taken from the current directory (the targets pass a full path).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Semicolon-separated formats: any of <c>json</c>, <c>markdown</c>, <c>backstage</c>.</summary>
    public string Formats { get; set; } = "json";

    /// <summary>The manifest files of this build (written or already up to date), for incremental clean.</summary>
    [Output]
    public ITaskItem[] ManifestFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var formats = ParseFormats();
        if (formats is null)
        {
            return false;
        }

        if (!File.Exists(AssemblyPath))
        {
            Log.LogError(null, "ICB001", null, null, 0, 0, 0, 0,
                "IntegrationContracts cannot write the manifest: the compiled assembly '{0}' does not exist.", AssemblyPath);
            return false;
        }

        IReadOnlyDictionary<string, string> embedded;
        try
        {
            embedded = AssemblyManifestReader.Read(AssemblyPath, MetadataKeyPrefix);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "ICB002", null, AssemblyPath, 0, 0, 0, 0,
                "IntegrationContracts cannot read the metadata of '{0}': {1}", AssemblyPath, exception.Message);
            return false;
        }

        var files = new List<ITaskItem>();
        foreach (var format in formats)
        {
            foreach (var file in format.Files)
            {
                if (!embedded.TryGetValue(file.MetadataKey, out var content))
                {
                    Log.LogWarning(null, "ICB003", null, AssemblyPath, 0, 0, 0, 0,
                        "IntegrationContracts found no '{0}' manifest in '{1}': the generator did not run. Check that the IntegrationContracts analyzers are enabled for this project and that the build property IntegrationContractsManifestFormats lists '{0}'.",
                        format.Name, AssemblyPath);
                    break;
                }

                var path = Path.Combine(OutputDirectory, file.FileName);
                try
                {
                    if (WriteIfChanged(path, content))
                    {
                        Log.LogMessage(MessageImportance.Normal, "IntegrationContracts wrote {0}", path);
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    Log.LogError(null, "ICB004", null, path, 0, 0, 0, 0,
                        "IntegrationContracts cannot write '{0}': {1}", path, exception.Message);
                    return false;
                }

                var item = new TaskItem(path);
                item.SetMetadata("IntegrationContractsFormat", format.Name);
                files.Add(item);
            }
        }

        ManifestFiles = files.ToArray();
        return !Log.HasLoggedErrors;
    }

    private List<ManifestFormat>? ParseFormats()
    {
        var formats = new List<ManifestFormat>();
        foreach (var name in Formats.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.Trim().Length == 0)
            {
                continue;
            }

            var format = ManifestFormat.Find(name);
            if (format is null)
            {
                Log.LogError(null, "ICB005", null, null, 0, 0, 0, 0,
                    "IntegrationContractsManifestFormats contains '{0}', which is not a manifest format. Use any of: {1}.",
                    name.Trim(), string.Join(";", KnownFormatNames()));
                return null;
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        return formats;
    }

    private static IEnumerable<string> KnownFormatNames()
    {
        foreach (var format in ManifestFormat.All)
        {
            yield return format.Name;
        }
    }

    /// <summary>Writes only when the content differs, so downstream incremental steps see an unchanged file.</summary>
    private static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path, Utf8) == content)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, content, Utf8);
        return true;
    }
}
