using IntegrationContracts.Cli.Landscape;
using Spectre.Console;

namespace IntegrationContracts.Cli.Reports;

/// <summary>The terminal view (<c>--format table</c>): a summary line, the findings, readiness per team and the services.</summary>
internal static class LandscapeTable
{
    public static void Write(IntegrationLandscape landscape, IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{landscape.Services.Count}[/] service(s), [bold]{landscape.Integrations.Count}[/] integration(s), [bold]{landscape.Ready}[/] ready, [bold]{landscape.Findings.Count}[/] finding(s)");
        console.WriteLine();

        if (landscape.Findings.Count > 0)
        {
            var findings = new Table().Title("Findings").AddColumns("Finding", "Subject", "Process", "Details");
            foreach (var finding in landscape.Findings)
            {
                findings.AddRow(
                    new Text(finding.Title, new Style(finding.IsConflict ? Color.Red : Color.Yellow)),
                    new Text(finding.Subject),
                    new Text(finding.Process ?? "—"),
                    new Text(finding.Message + Environment.NewLine + string.Join(Environment.NewLine, finding.Evidence.Select(e => $"  {e.Service}: {e.Statement}"))));
            }

            console.Write(findings);
        }
        else
        {
            console.MarkupLine("[green]No conflicts between the services' declarations, and every system has an owner.[/]");
        }

        foreach (var covered in landscape.HostRetries)
        {
            console.WriteLine($"Retry from the host: {covered.Integration} ({covered.Service}) has no retry in its own build; {covered.Host} gives every HttpClient one: {covered.Evidence}");
        }

        var teams = new Table().Title("Readiness per team").AddColumns("Team", "Integrations", "Ready", "Missing");
        foreach (var team in landscape.Teams)
        {
            teams.AddRow(
                new Text(team.Team),
                new Text(team.Integrations.ToString()),
                new Text(team.Ready.ToString(), new Style(team.Ready == team.Integrations ? Color.Green : Color.Yellow)),
                new Text(string.Join(", ", team.Gaps.Select(g => $"{g.Key} ×{g.Value}"))));
        }

        console.Write(teams);

        var services = new Table().Title("Services").AddColumns("Service", "Version", "Integrations", "Ready", "Read from");
        foreach (var service in landscape.Services)
        {
            services.AddRow(new Text(service.Name), new Text(service.Version), new Text(service.Manifest.Integrations.Count.ToString()), new Text(service.Ready.ToString()), new Text(service.Origin));
        }

        console.Write(services);
    }
}
