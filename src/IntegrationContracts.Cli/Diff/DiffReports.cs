using System.Text;
using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Cli.Reports;
using IntegrationContracts.Shared;
using IntegrationContracts.Shared.Formats;

namespace IntegrationContracts.Cli.Diff;

/// <summary><c>diff --format markdown</c> (a pull-request comment) and <c>--format json</c>.</summary>
internal static class DiffReports
{
    public static string Markdown(LandscapeDiff diff)
    {
        var text = new StringBuilder("## Integration landscape changes\n\n");
        if (diff.IsEmpty)
        {
            return text.Append("No changes to integrations, owners, readiness or findings.\n").ToString();
        }

        var counts = new List<string>();
        void Count(int n, string what)
        {
            if (n > 0)
            {
                counts.Add($"{n} {what}");
            }
        }

        Count(diff.Changes.Count(c => c.Kind == ChangeKind.Added), "added");
        Count(diff.Changes.Count(c => c.Kind == ChangeKind.Removed), "removed");
        Count(diff.Changes.Count(c => c.Kind == ChangeKind.OwnerChanged), "owner change(s)");
        Count(diff.Changes.Count(c => c.Kind == ChangeKind.Lost), "readiness lost");
        Count(diff.Changes.Count(c => c.Kind == ChangeKind.Fixed), "readiness fixed");
        Count(diff.NewFindings.Count, "new finding(s)");
        Count(diff.ResolvedFindings.Count, "resolved finding(s)");
        text.Append("**").Append(string.Join(" · ", counts)).Append("**\n");

        if (diff.Changes.Count > 0)
        {
            text.Append("\n| Change | Integration | Service | Details |\n|---|---|---|---|\n");
            foreach (var change in diff.Changes)
            {
                text.Append($"| {Title(change)} | {MarkdownText.Escape(change.Integration)} | {MarkdownText.Escape(change.Service)} | {MarkdownText.Escape(change.Details)} |\n");
            }
        }

        WriteFindings(text, "New findings", diff.NewFindings);
        WriteFindings(text, "Resolved findings", diff.ResolvedFindings);
        return text.ToString();
    }

    public static string Json(LandscapeDiff diff)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Number("schemaVersion", 1);
        json.String("kind", "integration-landscape-diff");
        json.StartArray("changes");
        foreach (var change in diff.Changes)
        {
            json.StartObject();
            json.String("kind", change.KindName);
            json.String("service", change.Service);
            json.String("integration", change.Integration);
            json.String("property", change.Property);
            json.String("details", change.Details);
            json.Boolean("gap", change.IsGap);
            json.EndObject();
        }

        json.EndArray();
        LandscapeJson.WriteFindings(json, "newFindings", diff.NewFindings);
        LandscapeJson.WriteFindings(json, "resolvedFindings", diff.ResolvedFindings);
        json.EndObject();
        return json.ToString();
    }

    private static string Title(IntegrationChange change) => change.Kind switch
    {
        ChangeKind.Added => change.IsGap ? "➕ Added (not ready)" : "➕ Added",
        ChangeKind.Removed => "➖ Removed",
        ChangeKind.OwnerChanged => "👤 Owner changed",
        ChangeKind.Lost => "⚠️ Lost " + change.Property,
        _ => "✅ Fixed " + change.Property,
    };

    private static void WriteFindings(StringBuilder text, string title, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append($"\n### {title}\n\n");
        foreach (var finding in findings)
        {
            text.Append($"- **{finding.Title}** — {MarkdownText.Escape(finding.Message)}\n");
        }
    }
}
