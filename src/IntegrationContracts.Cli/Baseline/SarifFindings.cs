using System.Text.Json;
using System.Text.RegularExpressions;

namespace IntegrationContracts.Cli.Baseline;

/// <summary>One IntegrationContracts finding in a SARIF log: the rule, and where (a local file, 1-based line and column).</summary>
internal sealed record SarifFinding(string RuleId, string? File, int Line, int Column, string Message);

/// <summary>
/// Reads the IntegrationContracts findings (IC0001–IC9999) of the SARIF 2.1 log the compiler writes with
/// <c>-p:ErrorLog=build.sarif%2Cversion=2.1</c>, suppressed ones included: a finding the baseline suppresses is
/// still a gap, and must stay in the baseline until it is fixed.
/// </summary>
internal static partial class SarifFindings
{
    [GeneratedRegex(@"^IC\d{4}$")]
    private static partial Regex RuleId();

    /// <exception cref="FormatException">The file is not a SARIF 2.1 log.</exception>
    public static IReadOnlyList<SarifFinding> Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not a SARIF log (no \"runs\").");
            }

            if (!root.TryGetProperty("version", out var version) || version.GetString() != "2.1.0")
            {
                throw new FormatException($"SARIF version {(root.TryGetProperty("version", out var v) ? v.ToString() : "(none)")}; write version 2.1 with -p:ErrorLog=build.sarif%2Cversion=2.1.");
            }

            var findings = new List<SarifFinding>();
            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    var rule = result.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
                    if (rule is null || !RuleId().IsMatch(rule))
                    {
                        continue;
                    }

                    var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                    var (file, line, column) = Location(result);
                    findings.Add(new SarifFinding(rule, file, line, column, message));
                }
            }

            return findings;
        }
    }

    private static (string? File, int Line, int Column) Location(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
            || !locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            return (null, 0, 0);
        }

        var uri = physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var u) ? u.GetString() : null;
        var line = physical.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
        var column = region.ValueKind == JsonValueKind.Object && region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 1;
        var file = uri is null ? null : Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
        return (file, line, column);
    }
}
