using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using IntegrationContracts.Build.Formats;
using IntegrationContracts.Shared.Manifest;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IntegrationContracts.Build;

/// <summary>
/// Writes the ownership manifest files (<c>integrations.manifest.json</c>, <c>integrations.md</c>, the Backstage
/// catalog) from the one manifest the IntegrationContracts generator produced: every format is rendered here, from
/// that JSON. A file whose content did not change is not rewritten.
/// </summary>
public sealed class WriteIntegrationManifests : Task
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The compiled assembly (the intermediate one under obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>
    /// The generated document file to read instead of the assembly, when the project keeps the manifest out of its
    /// assembly (<c>IntegrationContractsEmbedManifest</c> redacted or none); empty otherwise.
    /// </summary>
    public string DocumentPath { get; set; } = string.Empty;

    /// <summary>Where the files go; created when missing. A relative path is taken from the current directory (the targets pass a full path).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>
    /// Put before every file name, e.g. <c>Contoso.Sync.</c>: the targets pass the assembly name (and the target framework
    /// when multi-targeting) when the project writes to its own <c>IntegrationContractsManifestDirectory</c>, a folder
    /// other projects may share.
    /// </summary>
    public string FileNamePrefix { get; set; } = string.Empty;

    /// <summary>Semicolon-separated formats: any of <c>json</c>, <c>markdown</c>, <c>backstage</c>.</summary>
    public string Formats { get; set; } = "json";

    /// <summary>The Backstage <c>spec.lifecycle</c> of the catalog's components (<c>IntegrationContractsBackstageLifecycle</c>).</summary>
    public string BackstageLifecycle { get; set; } = "production";

    /// <summary>The Backstage <c>spec.type</c> of the assembly's component (<c>IntegrationContractsBackstageType</c>); empty: from the output type.</summary>
    public string BackstageType { get; set; } = string.Empty;

    /// <summary>The project's <c>OutputType</c>: an application is a <c>service</c>, a class library a <c>library</c>.</summary>
    public string OutputType { get; set; } = string.Empty;

    /// <summary>The manifest files of this build (written or already up to date), for incremental clean.</summary>
    [Output]
    public ITaskItem[] ManifestFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var formats = ParseFormats();
        if (formats is null || ReadManifest() is not { } json)
        {
            return false;
        }

        var manifest = new RenderInput(json)
        {
            Backstage = new BackstageSettings(
                string.IsNullOrWhiteSpace(BackstageLifecycle) ? "production" : BackstageLifecycle.Trim(),
                string.IsNullOrWhiteSpace(BackstageType) ? BackstageSettings.TypeOf(OutputType) : BackstageType.Trim()),
        };
        var assemblyName = ManifestOwnership.AssemblyOf(json) ?? string.Empty;
        var files = new List<ITaskItem>();
        var written = new List<string>();
        foreach (var format in formats)
        {
            foreach (var file in format.Files)
            {
                var path = Path.Combine(OutputDirectory, FileNamePrefix + file.FileName);
                try
                {
                    if (ForeignOwner(path, assemblyName) is { } other)
                    {
                        Log.LogError(null, "ICB008", null, path, 0, 0, 0, 0,
                            "IntegrationContracts will not replace '{0}': it holds the manifest of '{1}', and this build is '{2}'. Give each project its own IntegrationContractsManifestDirectory, or keep the per-assembly file names the package uses in a shared directory.",
                            path, other, assemblyName);
                        return false;
                    }

                    if (WriteIfChanged(path, file.Render(manifest)))
                    {
                        written.Add(path);
                    }
                }
                catch (FormatException exception)
                {
                    Log.LogError(null, "ICB006", null, SourceName, 0, 0, 0, 0,
                        "IntegrationContracts cannot render the {0} manifest: the embedded manifest cannot be read ({1}). Rebuild with the same IntegrationContracts version for the analyzers and the build task.",
                        format.Name, exception.Message);
                    return false;
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

        if (written.Count > 0)
        {
            Log.LogMessage(MessageImportance.High, "IntegrationContracts manifest -> {0}", string.Join(", ", written));
        }

        ManifestFiles = files.ToArray();
        return !Log.HasLoggedErrors;
    }

    private string SourceName => DocumentPath.Length > 0 ? DocumentPath : AssemblyPath;

    /// <summary>The manifest JSON, or <see langword="null"/> after logging why there is none.</summary>
    private string? ReadManifest()
    {
        if (DocumentPath.Length == 0 && !File.Exists(AssemblyPath))
        {
            Log.LogError(null, "ICB001", null, null, 0, 0, 0, 0,
                "IntegrationContracts cannot write the manifest: the compiled assembly '{0}' does not exist.", AssemblyPath);
            return null;
        }

        string? json;
        try
        {
            json = DocumentPath.Length > 0 ? ManifestSources.FromDocumentFile(DocumentPath) : ManifestSources.FromAssembly(AssemblyPath);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException or FormatException)
        {
            Log.LogError(null, "ICB002", null, SourceName, 0, 0, 0, 0,
                "IntegrationContracts cannot read the manifest from '{0}': {1}", SourceName, exception.Message);
            return null;
        }

        if (json is null)
        {
            Log.LogWarning(null, "ICB003", null, SourceName, 0, 0, 0, 0,
                "IntegrationContracts found no manifest in '{0}': the generator did not run. Check that the IntegrationContracts analyzers are enabled for this project and that it references IntegrationContracts.",
                SourceName);
        }

        return json;
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

    /// <summary>The assembly an existing file at <paramref name="path"/> belongs to, when that is another one.</summary>
    private static string? ForeignOwner(string path, string assemblyName) =>
        File.Exists(path) && ManifestOwnership.AssemblyOf(File.ReadAllText(path, Utf8)) is { } owner && owner != assemblyName ? owner : null;

    /// <summary>
    /// Writes only when the content differs, so downstream incremental steps see an unchanged file; through a temporary
    /// file and a rename, so a parallel build never reads half a manifest.
    /// </summary>
    private static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path, Utf8) == content)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, content, Utf8);
        try
        {
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }
}
