using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Shared.Formats;

namespace IntegrationContracts.Cli.Reports;

/// <summary>
/// <c>--format backstage</c>: the whole landscape as Backstage entities — a Component per service and per
/// integration, a System per business process, a Group per owning team plus one for unowned integrations (so no
/// reference dangles) — and a Location listing the three files, so registering that one location ingests everything.
/// Integration components are named after their service, because two services may use the same integration name.
/// </summary>
internal static class LandscapeBackstage
{
    public const string LocationFile = "catalog-info.yaml";
    public const string ComponentsFile = "landscape-components.yaml";
    public const string SystemsFile = "landscape-systems.yaml";
    public const string GroupsFile = "landscape-groups.yaml";

    /// <summary>File name → content.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Write(IntegrationLandscape landscape)
    {
        var names = new EntityNames(landscape);
        return
        [
            new(LocationFile, Location()),
            new(ComponentsFile, Components(landscape, names)),
            new(SystemsFile, Systems(landscape, names)),
            new(GroupsFile, Groups(landscape)),
        ];
    }

    private static string Location()
    {
        var yaml = Header();
        yaml.StartDocument();
        yaml.Scalar(0, "apiVersion", "backstage.io/v1alpha1");
        yaml.Scalar(0, "kind", "Location");
        yaml.Key(0, "metadata");
        yaml.Scalar(1, "name", "integration-landscape");
        yaml.Scalar(1, "description", "Every service, integration, business process and team of the integration landscape.");
        yaml.Key(0, "spec");
        yaml.Key(1, "targets");
        foreach (var file in new[] { ComponentsFile, SystemsFile, GroupsFile })
        {
            yaml.Item(2, "./" + file);
        }

        return yaml.ToString();
    }

    private static string Components(IntegrationLandscape landscape, EntityNames names)
    {
        var yaml = Header();
        foreach (var service in landscape.Services)
        {
            var integrations = landscape.Integrations.Where(i => i.Service == service).ToList();
            yaml.StartDocument();
            yaml.Scalar(0, "apiVersion", "backstage.io/v1alpha1");
            yaml.Scalar(0, "kind", "Component");
            yaml.Key(0, "metadata");
            yaml.Scalar(1, "name", ServiceName(service));
            yaml.Scalar(1, "title", service.Name);
            yaml.Key(1, "annotations");
            yaml.Scalar(2, "integration-contracts/version", service.Version);
            yaml.Key(0, "spec");
            // As the service's own build names it: a class library is not a service (an older manifest says neither).
            yaml.Scalar(1, "type", service.Manifest.AssemblyKind == "library" ? "library" : "service");
            yaml.Scalar(1, "lifecycle", "production");
            yaml.Scalar(1, "owner", GroupReference(MostIntegrations(integrations)));
            if (integrations.Count == 0)
            {
                yaml.EmptyList(1, "dependsOn");
            }
            else
            {
                yaml.Key(1, "dependsOn");
                foreach (var integration in integrations)
                {
                    yaml.Item(2, "component:default/" + names.Integration(integration));
                }
            }
        }

        foreach (var item in landscape.Integrations)
        {
            var process = ContractNames.Normalize(item.Integration.Process);
            BackstageIntegrationComponent.Write(yaml, item.Integration, names.Integration(item), ServiceName(item.Service), "production", process is null ? null : names.System(process));
        }

        return yaml.ToString();
    }

    private static string Systems(IntegrationLandscape landscape, EntityNames names)
    {
        var yaml = Header();
        foreach (var process in landscape.Integrations.Where(i => ContractNames.Normalize(i.Integration.Process) is not null).GroupBy(i => ContractNames.Normalize(i.Integration.Process)!, ContractNames.Comparer).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            yaml.StartDocument();
            yaml.Scalar(0, "apiVersion", "backstage.io/v1alpha1");
            yaml.Scalar(0, "kind", "System");
            yaml.Key(0, "metadata");
            yaml.Scalar(1, "name", names.System(process.Key));
            yaml.Scalar(1, "title", process.Key);
            yaml.Scalar(1, "description", $"The integrations of the business process {process.Key}.");
            yaml.Key(0, "spec");
            yaml.Scalar(1, "owner", GroupReference(MostIntegrations(process.ToList())));
        }

        return yaml.ToString();
    }

    private static string Groups(IntegrationLandscape landscape)
    {
        var yaml = Header();
        var teams = landscape.Teams
            .Where(t => t.Team != IntegrationLandscape.Unowned)
            .Select(t => (Name: TeamName(t.Team), Title: t.Team))
            .Append((Name: IntegrationLandscape.Unowned, Title: "No owner declared"))
            .DistinctBy(t => t.Name)
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var (team, title) in teams)
        {
            yaml.StartDocument();
            yaml.Scalar(0, "apiVersion", "backstage.io/v1alpha1");
            yaml.Scalar(0, "kind", "Group");
            yaml.Key(0, "metadata");
            yaml.Scalar(1, "name", team);
            yaml.Scalar(1, "title", title);
            if (team == IntegrationLandscape.Unowned)
            {
                yaml.Scalar(1, "description", "Integrations nobody has claimed yet: give each an [IntegrationOwner].");
            }

            yaml.Key(0, "spec");
            yaml.Scalar(1, "type", "team");
            yaml.EmptyList(1, "children");
        }

        return yaml.ToString();
    }

    private static YamlLines Header()
    {
        var yaml = new YamlLines();
        yaml.Comment("Written by integration-contracts landscape. Do not edit: regenerate it from the services' manifests.");
        return yaml;
    }

    private static string MostIntegrations(IReadOnlyList<LandscapeIntegration> integrations) =>
        integrations.Where(i => i.Team is not null)
            .GroupBy(i => TeamName(i.Team))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? IntegrationLandscape.Unowned;

    private static string TeamName(string? team) => BackstageNames.Team(team);

    private static string ServiceName(Service service) => BackstageNames.EntityName(service.Name, "service");

    /// <summary>
    /// Entity names for one output, the same scheme as the build's catalog (<see cref="BackstageNames"/>): integrations
    /// named after their service, a second integration of one name in a service (IC0006) with <c>-2</c>; processes that
    /// differ only in punctuation ("Order to Cash!", "Order-to-Cash") apart, by a stable hash.
    /// </summary>
    private sealed class EntityNames
    {
        private readonly Dictionary<LandscapeIntegration, string> _integrations = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, string> _systems = new(ContractNames.Comparer);

        public EntityNames(IntegrationLandscape landscape)
        {
            var components = new BackstageNames.UniqueNames();
            foreach (var service in landscape.Services)
            {
                components.Claim(ServiceName(service));
            }

            foreach (var item in landscape.Integrations)
            {
                _integrations[item] = components.Claim(BackstageNames.Component(item.Service.Name, item.Integration.Name));
            }

            var systems = new BackstageNames.UniqueNames();
            foreach (var process in landscape.Integrations.Select(i => ContractNames.Normalize(i.Integration.Process)).OfType<string>().Distinct(ContractNames.Comparer).Order(StringComparer.OrdinalIgnoreCase))
            {
                _systems[process] = systems.For(BackstageNames.EntityName(process, "process"), process.ToUpperInvariant());
            }
        }

        public string Integration(LandscapeIntegration integration) => _integrations[integration];

        public string System(string process) => _systems[ContractNames.Normalize(process)!];
    }

    private static string GroupReference(string team) => "group:default/" + team;
}
