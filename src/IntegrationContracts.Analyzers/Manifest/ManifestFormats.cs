using System;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The extra manifest formats a project asked for in the MSBuild property <c>IntegrationContractsManifestFormats</c>,
/// read as <c>build_property.IntegrationContractsManifestFormatList</c>: the same list with commas, because the
/// compiler's analyzer config reader treats ';' as the start of a comment. JSON is always produced: the generated
/// <c>IntegrationManifest.Json</c> constant exists anyway. Unknown names are ignored here; the build task reports them.
/// </summary>
internal readonly record struct ManifestFormats(bool Markdown, bool Backstage)
{
    public const string BuildProperty = "build_property.IntegrationContractsManifestFormatList";

    public static ManifestFormats Parse(string? value)
    {
        var markdown = false;
        var backstage = false;
        foreach (var part in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            markdown |= string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase);
            backstage |= string.Equals(name, "backstage", StringComparison.OrdinalIgnoreCase);
        }

        return new ManifestFormats(markdown, backstage);
    }
}
