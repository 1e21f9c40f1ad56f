using System;
using System.Collections.Generic;
using IntegrationContracts.Build.Formats.Backstage;
using IntegrationContracts.Build.Formats.Markdown;
using IntegrationContracts.Shared.Manifest;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Build.Formats;

/// <summary>
/// The manifest formats, defined once: the name users put in <c>IntegrationContractsManifestFormats</c>, the files of
/// the format and how each is rendered from the one manifest the generator embedded. A new format is a new entry here
/// and a renderer in this folder.
/// </summary>
internal sealed class ManifestFormat
{
    public static readonly IReadOnlyList<ManifestFormat> All = new[]
    {
        new ManifestFormat("json", new ManifestFile("integrations.manifest.json", manifest => manifest.IndentedJson)),
        new ManifestFormat("markdown", new ManifestFile("integrations.md", manifest => ManifestMarkdown.Write(manifest.Document))),
        // Components in catalog-info.yaml (the file Backstage and Datadog look for); teams in their own file, because
        // Backstage usually accepts Group entities only from org providers or locations allowed to register them.
        new ManifestFormat(
            "backstage",
            new ManifestFile("catalog-info.yaml", manifest => ManifestBackstage.WriteCatalog(manifest.Document, manifest.Backstage)),
            new ManifestFile("catalog-groups.yaml", manifest => ManifestBackstage.WriteGroups(manifest.Document))),
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

/// <summary>One file of a manifest format and its renderer.</summary>
internal sealed class ManifestFile
{
    private readonly Func<RenderInput, string> _render;

    public ManifestFile(string fileName, Func<RenderInput, string> render)
    {
        FileName = fileName;
        _render = render;
    }

    public string FileName { get; }

    public string Render(RenderInput manifest) => _render(manifest);
}

/// <summary>
/// The catalog's <c>spec.lifecycle</c> (MSBuild <c>IntegrationContractsBackstageLifecycle</c>, default <c>production</c>)
/// and the assembly component's <c>spec.type</c> (<c>IntegrationContractsBackstageType</c>; by default <c>service</c> for an
/// application and <c>library</c> for a class library).
/// </summary>
internal sealed record BackstageSettings(string Lifecycle, string AssemblyType)
{
    public static readonly BackstageSettings Default = new("production", "service");

    public static string TypeOf(string? outputType) =>
        outputType?.Trim().ToLowerInvariant() is "exe" or "winexe" or "appcontainerexe" ? "service" : "library";
}

/// <summary>The manifest as embedded (the JSON text, written as it is) and, parsed on first use, its document.</summary>
internal sealed class RenderInput
{
    private readonly Lazy<ManifestDocument> _document;

    public RenderInput(string json)
    {
        Json = json;
        _document = new Lazy<ManifestDocument>(() => ManifestDocumentReader.Read(json));
    }

    public string Json { get; }

    /// <summary>What the Backstage catalog says about the project beyond the manifest.</summary>
    public BackstageSettings Backstage { get; init; } = BackstageSettings.Default;

    /// <summary>The JSON as people read it in the file (the assembly carries it compact).</summary>
    /// <exception cref="FormatException">The text is not JSON.</exception>
    public string IndentedJson
    {
        get
        {
            try
            {
                return JsonText.Indent(Json);
            }
            catch (JsonSyntaxException exception)
            {
                throw new FormatException($"The manifest is not valid JSON: {exception.Message} (line {exception.Line + 1}).", exception);
            }
        }
    }

    /// <exception cref="FormatException">The JSON is not a manifest this version reads.</exception>
    public ManifestDocument Document => _document.Value;
}
