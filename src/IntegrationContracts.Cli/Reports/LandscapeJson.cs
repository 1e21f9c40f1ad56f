using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Cli.Reports;

/// <summary>
/// <c>--format json</c>: the merged landscape as one document, described by docs/landscape.schema.json
/// (<c>schemaVersion</c> 1; readers ignore properties they do not know, as with the per-assembly manifest).
/// </summary>
internal static class LandscapeJson
{
    public const int SchemaVersion = 1;

    public static string Write(IntegrationLandscape landscape)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Number("schemaVersion", SchemaVersion);
        json.String("kind", "integration-landscape");
        json.StartObject("generator");
        json.String("name", "integration-contracts");
        json.String("version", ToolVersion.Value);
        json.EndObject();

        json.StartObject("summary");
        json.Number("services", landscape.Services.Count);
        json.Number("integrations", landscape.Integrations.Count);
        json.Number("ready", landscape.Ready);
        json.Number("findings", landscape.Findings.Count);
        json.EndObject();

        json.StartArray("services");
        foreach (var service in landscape.Services)
        {
            json.StartObject();
            json.String("name", service.Name);
            json.String("version", service.Version);
            json.String("origin", service.Origin);
            json.Number("integrations", service.Manifest.Integrations.Count);
            json.Number("ready", service.Ready);
            json.EndObject();
        }

        json.EndArray();

        json.StartArray("integrations");
        foreach (var item in landscape.Integrations)
        {
            var integration = item.Integration;
            json.StartObject();
            json.String("service", item.Service.Name);
            json.String("name", integration.Name);
            json.String("type", integration.TypeName);
            json.String("member", integration.MemberName);
            json.String("source", integration.Source);
            json.String("target", integration.Target);
            json.String("process", integration.Process);
            json.String("team", item.Team);
            json.Boolean("ready", integration.IsReady);
            json.StartObject("verdicts");
            foreach (var verdict in integration.Readiness)
            {
                json.String(verdict.Key, verdict.Verdict);
            }

            json.EndObject();
            json.EndObject();
        }

        json.EndArray();

        WriteFindings(json, "findings", landscape.Findings);

        json.StartArray("hostRetries");
        foreach (var covered in landscape.HostRetries)
        {
            json.StartObject();
            json.String("service", covered.Service);
            json.String("integration", covered.Integration);
            json.String("host", covered.Host);
            json.String("evidence", covered.Evidence);
            json.EndObject();
        }

        json.EndArray();

        json.StartArray("teams");
        foreach (var team in landscape.Teams)
        {
            json.StartObject();
            json.String("team", team.Team);
            json.Number("integrations", team.Integrations);
            json.Number("ready", team.Ready);
            json.StartObject("missing");
            foreach (var gap in team.Gaps)
            {
                json.Number(gap.Key, gap.Value);
            }

            json.EndObject();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    /// <summary>Findings as the landscape and its diff write them: kind, subject, process, message, and who said what.</summary>
    public static void WriteFindings(JsonWriter json, string name, IReadOnlyList<Finding> findings)
    {
        json.StartArray(name);
        foreach (var finding in findings)
        {
            json.StartObject();
            json.String("kind", finding.KindName);
            json.String("subject", finding.Subject);
            json.String("process", finding.Process);
            json.String("message", finding.Message);
            json.StartArray("evidence");
            foreach (var evidence in finding.Evidence)
            {
                json.StartObject();
                json.String("service", evidence.Service);
                json.String("statement", evidence.Statement);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
    }
}
