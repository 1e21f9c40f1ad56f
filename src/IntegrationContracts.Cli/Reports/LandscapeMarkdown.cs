using System.Text;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Shared.Formats;

namespace IntegrationContracts.Cli.Reports;

/// <summary>
/// <c>--format markdown</c>: the landscape scorecard — findings, readiness per team, services, every integration —
/// and Mermaid maps of the flows between systems.
/// </summary>
internal static class LandscapeMarkdown
{
    /// <summary>
    /// Above this many arrows one diagram stops being readable (and large ones hit Mermaid's text and edge limits):
    /// the map is then drawn per business process.
    /// </summary>
    public const int MaxEdgesPerDiagram = 40;

    public static string Write(IntegrationLandscape landscape)
    {
        var text = new StringBuilder();
        text.Append("# Integration landscape\n\n");
        text.Append($"{landscape.Services.Count} service(s) · {landscape.Integrations.Count} integration(s) · {landscape.Ready} ready · {landscape.Findings.Count} finding(s)\n\n");

        text.Append("## Findings\n\n");
        if (landscape.Findings.Count == 0)
        {
            text.Append("No conflicts between the services' declarations, and every system has an owner.\n\n");
        }
        else
        {
            text.Append("| Finding | Subject | Process | Details | Declared by |\n|---|---|---|---|---|\n");
            foreach (var finding in landscape.Findings)
            {
                var evidence = string.Join("<br>", finding.Evidence.Select(e => MarkdownText.Escape($"{e.Service}: {e.Statement}")));
                text.Append($"| {finding.Title} | {MarkdownText.Escape(finding.Subject)} | {MarkdownText.Escape(finding.Process ?? "—")} | {MarkdownText.Escape(finding.Message)} | {evidence} |\n");
            }

            text.Append('\n');
        }

        if (landscape.HostRetries.Count > 0)
        {
            text.Append("## Retry from the host\n\nThese integrations have no retry in their own build; the host that runs them gives every HttpClient one.\n\n| Integration | Service | Host | How |\n|---|---|---|---|\n");
            foreach (var covered in landscape.HostRetries)
            {
                text.Append($"| {MarkdownText.Escape(covered.Integration)} | {MarkdownText.Escape(covered.Service)} | {MarkdownText.Escape(covered.Host)} | {MarkdownText.Escape(covered.Evidence)} |\n");
            }

            text.Append('\n');
        }

        text.Append("## Readiness per team\n\n| Team | Integrations | Ready | Missing |\n|---|---|---|---|\n");
        foreach (var team in landscape.Teams)
        {
            text.Append($"| {MarkdownText.Escape(team.Team)} | {team.Integrations} | {team.Ready} | {MarkdownText.Escape(string.Join(", ", team.Gaps.Select(g => $"{g.Key} ×{g.Value}")))} |\n");
        }

        text.Append("\n## Services\n\n| Service | Version | Integrations | Ready |\n|---|---|---|---|\n");
        foreach (var service in landscape.Services)
        {
            text.Append($"| {MarkdownText.Escape(service.Name)} | {MarkdownText.Escape(service.Version)} | {service.Manifest.Integrations.Count} | {service.Ready} |\n");
        }

        WriteIntegrations(text, landscape);
        WriteMaps(text, landscape);
        return text.ToString();
    }

    private static void WriteIntegrations(StringBuilder text, IntegrationLandscape landscape)
    {
        var keys = landscape.Integrations.SelectMany(i => i.Integration.Readiness.Select(v => (v.Key, v.Title))).Distinct().ToList();
        text.Append("\n## Integrations\n\n| Integration | Service | Team | Flow | Process |");
        text.Append(string.Concat(keys.Select(k => $" {MarkdownText.Escape(k.Title)} |"))).Append('\n');
        text.Append("|---|---|---|---|---|").Append(string.Concat(keys.Select(_ => "---|"))).Append('\n');
        foreach (var item in landscape.Integrations.OrderBy(i => i.Integration.Name, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Service.Name, StringComparer.OrdinalIgnoreCase))
        {
            var integration = item.Integration;
            text.Append($"| {MarkdownText.Escape(integration.Name)} | {MarkdownText.Escape(item.Service.Name)} | {MarkdownText.Escape(item.Team ?? "—")} | {MarkdownText.Escape($"{integration.Source ?? "?"} → {integration.Target ?? "?"}")} | {MarkdownText.Escape(integration.Process ?? "—")} |");
            foreach (var key in keys)
            {
                var verdict = integration.Readiness.FirstOrDefault(v => v.Key == key.Key);
                text.Append(verdict is null ? " |" : verdict.IsNotApplicable ? " n/a |" : verdict.Holds ? " ✓ |" : " ✗ |");
            }

            text.Append('\n');
        }
    }

    private sealed record Edge(string Source, string Target, IReadOnlyList<LandscapeIntegration> Integrations)
    {
        public bool Ready => Integrations.All(i => i.Integration.IsReady);

        public string Label => Integrations.Count == 1
            ? $"{Integrations[0].Integration.Name} ({Integrations[0].Team ?? IntegrationLandscape.Unowned})"
            : $"{Integrations.Count} integrations";
    }

    private static void WriteMaps(StringBuilder text, IntegrationLandscape landscape)
    {
        var flows = landscape.Integrations.Where(i => i.Integration.Source is not null && i.Integration.Target is not null).ToList();
        if (flows.Count == 0)
        {
            return;
        }

        text.Append("\n## Map\n\nSystems are boxes; an arrow is one or more integrations from one system to another, dotted when one of them is not ready.\n");
        if (Edges(flows).Count <= MaxEdgesPerDiagram)
        {
            WriteDiagram(text, null, flows);
            return;
        }

        text.Append($"The landscape has more than {MaxEdgesPerDiagram} flows between systems, so it is drawn per business process.\n");
        foreach (var process in flows.GroupBy(i => ContractNames.Normalize(i.Integration.Process) ?? "", ContractNames.Comparer).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            WriteDiagram(text, process.Key.Length == 0 ? "No process" : process.Key, process.ToList());
        }
    }

    private static List<Edge> Edges(IEnumerable<LandscapeIntegration> flows) =>
        flows
            .GroupBy(i => (Source: i.Integration.Source!.Trim().ToUpperInvariant(), Target: i.Integration.Target!.Trim().ToUpperInvariant()))
            .Select(g => new Edge(g.First().Integration.Source!.Trim(), g.First().Integration.Target!.Trim(), g.ToList()))
            .OrderBy(e => e.Source, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Target, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static void WriteDiagram(StringBuilder text, string? title, List<LandscapeIntegration> flows)
    {
        if (title is not null)
        {
            text.Append($"\n### {MarkdownText.Escape(title)}\n");
        }

        var edges = Edges(flows);
        var nodes = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct(ContractNames.Comparer).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        var ids = nodes.Select((node, index) => (node, id: MermaidText.NodeId("s" + index + "_", node))).ToDictionary(n => n.node, n => n.id, ContractNames.Comparer);

        text.Append("\n```mermaid\nflowchart LR\n");
        foreach (var node in nodes)
        {
            text.Append($"    {ids[node]}[\"{MermaidText.Label(node)}\"]\n");
        }

        foreach (var edge in edges)
        {
            var arrow = edge.Ready ? "-->" : "-.->";
            text.Append($"    {ids[edge.Source]} {arrow}|\"{MermaidText.Label(edge.Label)}\"| {ids[edge.Target]}\n");
        }

        text.Append("```\n");
    }
}
