using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationContracts.Cli.Baseline;

/// <summary>One baselined finding: the rule and the type it is suppressed on, with the justification it was written with.</summary>
internal sealed record Suppression(string RuleId, string Target, string Justification)
{
    public (string, string) Key => (RuleId, Target);
}

/// <summary>
/// The baseline file: one <c>[assembly: SuppressMessage("IntegrationContracts", "IC00xx", Scope = "type",
/// Target = "~T:...", Justification = "baseline yyyy-MM-dd")]</c> per finding, sorted by target and rule, so a
/// re-run shows in a diff exactly which gaps were fixed. Scope "type" covers the findings inside the type too
/// (a catch clause's IC0011, an attribute's IC0004).
/// </summary>
internal static partial class SuppressionFile
{
    public const string Category = "IntegrationContracts";

    [GeneratedRegex("""SuppressMessage\("IntegrationContracts",\s*"(?<rule>IC\d{4})"[^)]*?Target\s*=\s*"(?<target>[^"]+)"[^)]*?Justification\s*=\s*"(?<why>[^"]*)"\)""")]
    private static partial Regex Entry();

    /// <summary>The entries of an existing baseline file (lines it did not write are ignored).</summary>
    public static IReadOnlyList<Suppression> Read(string path) =>
        Entry().Matches(File.ReadAllText(path)).Select(m => new Suppression(m.Groups["rule"].Value, m.Groups["target"].Value, m.Groups["why"].Value)).ToList();

    public static string Write(IEnumerable<Suppression> suppressions)
    {
        var text = new StringBuilder();
        text.Append("// IntegrationContracts baseline: the findings this codebase had when it adopted strict mode, one per line.\n");
        text.Append("// Written by `integration-contracts baseline`. Fix a gap, then re-run it: the line goes away. New findings are\n");
        text.Append("// never added silently (the tool fails on them unless given --add-new).\n");
        text.Append("using System.Diagnostics.CodeAnalysis;\n\n");
        foreach (var suppression in suppressions.OrderBy(s => s.Target, StringComparer.Ordinal).ThenBy(s => s.RuleId, StringComparer.Ordinal))
        {
            text.Append($"[assembly: SuppressMessage(\"{Category}\", \"{suppression.RuleId}\", Scope = \"type\", Target = \"{suppression.Target}\", Justification = \"{suppression.Justification}\")]\n");
        }

        return text.ToString();
    }
}
