using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Cli.Inputs;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Landscape;

/// <summary>
/// Several services' manifests merged: their integrations, and what shows only where manifests meet —
/// source-of-truth conflicts per business object and process, flows that do not start at the master another
/// service declares, integration names used twice, systems nobody owns — and readiness per team.
/// </summary>
internal sealed class IntegrationLandscape
{
    private IntegrationLandscape(IReadOnlyList<Service> services, IReadOnlyList<LandscapeIntegration> integrations, IReadOnlyList<Finding> findings, IReadOnlyList<TeamReadiness> teams, IReadOnlyList<HostRetry> hostRetries)
    {
        HostRetries = hostRetries;
        Services = services;
        Integrations = integrations;
        Findings = findings;
        Teams = teams;
    }

    public IReadOnlyList<Service> Services { get; }

    public IReadOnlyList<LandscapeIntegration> Integrations { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<TeamReadiness> Teams { get; }

    /// <summary>Retry verdicts the landscape changed because a host's HttpClient defaults cover the integration (<see cref="HostRetries"/>).</summary>
    public IReadOnlyList<HostRetry> HostRetries { get; }

    public int Ready => Integrations.Count(i => i.Integration.IsReady);

    /// <summary>The team name integrations without an owner are listed under (and the Backstage group for them).</summary>
    public const string Unowned = "unowned";

    public static IntegrationLandscape Merge(IReadOnlyList<ManifestInput> manifests)
    {
        var (documents, hostRetries) = HostCoverage.Apply(manifests.Select(m => m.Document).ToList());
        var services = manifests
            .Select((m, index) => new Service(m.Document.AssemblyName, m.Document.AssemblyVersion, m.Origin, documents[index]))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var integrations = services
            .SelectMany(s => s.Manifest.Integrations.Select(i => new LandscapeIntegration(s, i)))
            .ToList();
        var declarations = Declarations(services);

        var findings = SourceOfTruthConflicts(declarations)
            .Concat(NotFromMaster(integrations, declarations))
            .Concat(DuplicateNames(integrations))
            .Concat(UnownedSystems(integrations))
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.Subject, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Process, StringComparer.OrdinalIgnoreCase)
            .ToList();

        // One verdict: an integration this landscape finds not taking its object from the master (what no single build
        // can see) is not ready here either, so the table and the findings say the same.
        (services, integrations) = NotFromMasterVerdicts(services, findings);
        return new IntegrationLandscape(services, integrations, findings, TeamReadiness(integrations), hostRetries);
    }

    private static (List<Service> Services, List<LandscapeIntegration> Integrations) NotFromMasterVerdicts(List<Service> services, List<Finding> findings)
    {
        var flagged = findings
            .Where(f => f.Kind == FindingKind.NotFromMaster && f.Evidence.Count > 0)
            .Select(f => (Service: f.Evidence[0].Service.ToUpperInvariant(), Integration: f.Subject.ToUpperInvariant()))
            .ToHashSet();
        var judged = services.Select(service =>
        {
            if (!flagged.Any(f => f.Service == service.Name.ToUpperInvariant()))
            {
                return service;
            }

            var integrations = service.Manifest.Integrations.Select(integration =>
                flagged.Contains((service.Name.ToUpperInvariant(), integration.Name.ToUpperInvariant()))
                    ? integration with { Readiness = integration.Readiness.Select(v => v.Key == "sourceOfTruth" && v.Holds ? v with { Holds = false, Verdict = "notFromMaster" } : v).ToList() }
                    : integration).ToList();
            return service with { Manifest = service.Manifest with { Integrations = integrations } };
        }).ToList();
        return (judged, judged.SelectMany(s => s.Manifest.Integrations.Select(i => new LandscapeIntegration(s, i))).ToList());
    }

    /// <summary>A source-of-truth declaration, once, however many manifests list it (a library's declarations appear in each consumer's).</summary>
    private sealed record Declaration(string Object, string BusinessName, string? Process, string System, string DeclaringAssembly);

    private static List<Declaration> Declarations(IEnumerable<Service> services) =>
        services
            .SelectMany(s => s.Manifest.SourcesOfTruth)
            .Select(d => new Declaration(d.Object, BusinessNames.Of(d.Object), ContractNames.Normalize(d.Process), d.System.Trim(), d.Assembly))
            .DistinctBy(d => (d.Object, d.Process?.ToUpperInvariant(), d.System.ToUpperInvariant(), d.DeclaringAssembly))
            .ToList();

    private static IEnumerable<Finding> SourceOfTruthConflicts(List<Declaration> declarations)
    {
        foreach (var group in declarations.GroupBy(d => (Name: d.BusinessName.ToUpperInvariant(), Process: d.Process?.ToUpperInvariant())))
        {
            var systems = group.Select(d => d.System).Distinct(ContractNames.Comparer).ToList();
            if (systems.Count < 2)
            {
                continue;
            }

            var first = group.First();
            var process = first.Process is null ? "every process" : $"process {first.Process}";
            yield return new Finding(
                FindingKind.SourceOfTruthConflict,
                first.BusinessName,
                first.Process,
                $"{first.BusinessName} has {systems.Count} masters for {process}: {string.Join(", ", systems)}. Agree on one system and change the other declarations.",
                group.Select(d => new FindingEvidence(d.DeclaringAssembly, $"{d.System} masters {d.Object}")).ToList());
        }
    }

    private static IEnumerable<Finding> NotFromMaster(List<LandscapeIntegration> integrations, List<Declaration> declarations)
    {
        foreach (var integration in integrations)
        {
            var source = ContractNames.Normalize(integration.Integration.Source);
            if (source is null)
            {
                continue;
            }

            foreach (var carried in integration.Integration.Objects)
            {
                var masters = MastersOf(declarations, BusinessNames.Of(carried.Type), ContractNames.Normalize(integration.Integration.Process));
                var elsewhere = masters.Where(d => !string.Equals(d.DeclaringAssembly, integration.Service.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                var systems = masters.Select(d => d.System).Distinct(ContractNames.Comparer).ToList();

                // Only the landscape can see this when the master is declared in another service; a single master
                // is needed to say which system it should come from (several are a conflict, reported on their own).
                if (systems.Count != 1 || elsewhere.Count == 0 || ContractNames.AreSame(systems[0], source))
                {
                    continue;
                }

                yield return new Finding(
                    FindingKind.NotFromMaster,
                    integration.Integration.Name,
                    ContractNames.Normalize(integration.Integration.Process),
                    $"{integration.Service.Name}'s '{integration.Integration.Name}' moves {BusinessNames.Of(carried.Type)} from {source}, but {elsewhere[0].DeclaringAssembly} declares {systems[0]} its master. Take it from {systems[0]}, or correct the declaration.",
                    [
                        new FindingEvidence(integration.Service.Name, $"'{integration.Integration.Name}' takes {carried.Type} from {source}"),
                        .. elsewhere.Select(d => new FindingEvidence(d.DeclaringAssembly, $"{d.System} masters {d.Object}")),
                    ]);
            }
        }
    }

    /// <summary>The declarations that apply in a process: those for the process win over process-independent ones.</summary>
    private static List<Declaration> MastersOf(List<Declaration> declarations, string businessName, string? process)
    {
        var forObject = declarations.Where(d => BusinessNames.Comparer.Equals(d.BusinessName, businessName)).ToList();
        var forProcess = process is null ? [] : forObject.Where(d => ContractNames.AreSame(d.Process, process)).ToList();
        return forProcess.Count > 0 ? forProcess : forObject.Where(d => d.Process is null).ToList();
    }

    private static IEnumerable<Finding> DuplicateNames(List<LandscapeIntegration> integrations) =>
        integrations
            .GroupBy(i => i.Integration.Name.Trim(), ContractNames.Comparer)
            .Where(g => g.Select(i => i.Service.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            .Select(g => new Finding(
                FindingKind.DuplicateName,
                g.Key,
                null,
                $"'{g.Key}' is the name of integrations in {string.Join(" and ", g.Select(i => i.Service.Name).Distinct(StringComparer.OrdinalIgnoreCase))}: alerts, runbooks and the catalog cannot tell them apart. Rename one.",
                g.Select(i => new FindingEvidence(i.Service.Name, $"{i.Integration.TypeName}{(i.Integration.MemberName is null ? "" : "." + i.Integration.MemberName)}")).ToList()));

    private static IEnumerable<Finding> UnownedSystems(List<LandscapeIntegration> integrations)
    {
        var flows = integrations
            .SelectMany(i => new[] { i.Integration.Source, i.Integration.Target }.Select(ContractNames.Normalize).OfType<string>().Select(system => (System: system, Integration: i)))
            .GroupBy(f => f.System, ContractNames.Comparer);
        foreach (var system in flows)
        {
            if (system.Any(f => f.Integration.Team is not null))
            {
                continue;
            }

            var names = system.Select(f => f.Integration.Integration.Name).Distinct(ContractNames.Comparer).ToList();
            yield return new Finding(
                FindingKind.UnownedSystem,
                system.Key,
                null,
                $"{system.Key} appears in {names.Count} flow(s) and none has an owner: when it changes or fails, nobody is told. Add [IntegrationOwner] to one of them: {string.Join(", ", names)}.",
                system.Select(f => new FindingEvidence(f.Integration.Service.Name, $"'{f.Integration.Integration.Name}' has no owner")).DistinctBy(e => e.Statement).ToList());
        }
    }

    private static List<TeamReadiness> TeamReadiness(List<LandscapeIntegration> integrations) =>
        integrations
            .GroupBy(i => i.Team ?? Unowned, ContractNames.Comparer)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TeamReadiness(
                g.Key,
                g.Count(),
                g.Count(i => i.Integration.IsReady),
                g.SelectMany(i => i.Integration.Readiness.Where(v => !v.Holds))
                    .GroupBy(v => v.Key)
                    .Select(v => new KeyValuePair<string, int>(v.Key, v.Count()))
                    .ToList()))
            .ToList();
}
