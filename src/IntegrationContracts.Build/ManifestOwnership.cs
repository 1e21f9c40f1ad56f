using System.Text.RegularExpressions;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Build;

/// <summary>
/// Which assembly a manifest file belongs to, so the task never replaces another project's manifest without a word:
/// the JSON names its assembly, and every other format carries a marker comment written by its renderer.
/// </summary>
internal static class ManifestOwnership
{
    private const string MarkerText = "integration-contracts assembly: ";
    private static readonly Regex MarkerPattern = new(Regex.Escape(MarkerText) + @"(?<name>[^\r\n]+?)(\s*-->)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The marker comment's text for <paramref name="assemblyName"/> (assembly names have no line breaks).</summary>
    public static string Marker(string assemblyName) => MarkerText + assemblyName;

    /// <summary>The assembly a file's content belongs to, or <see langword="null"/> when it does not say (a file of another tool, or of an older version).</summary>
    public static string? AssemblyOf(string content)
    {
        if (content.TrimStart().StartsWith("{", System.StringComparison.Ordinal))
        {
            try
            {
                return JsonLite.Parse(content) is JsonObject root
                    && root.Find("assembly") is JsonObject assembly
                    && assembly.Find("name") is JsonString name
                        ? name.Value
                        : null;
            }
            catch (JsonSyntaxException)
            {
                return null;
            }
        }

        var match = MarkerPattern.Match(content);
        return match.Success ? match.Groups["name"].Value : null;
    }
}
