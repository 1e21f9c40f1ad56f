using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Cli.Landscape;

namespace IntegrationContracts.Cli.Diff;

internal enum ChangeKind
{
    Added,
    Removed,
    OwnerChanged,
    Lost,
    Fixed,
}

/// <summary>
/// One change to one integration between two landscapes; <see cref="Property"/> names the readiness property that was
/// lost or fixed; <see cref="IsGap"/> is true when the change leaves a gap (lost readiness, or added without it).
/// </summary>
internal sealed record IntegrationChange(ChangeKind Kind, string Service, string Integration, string? Property, string Details, bool IsGap)
{
    public string KindName => Kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.OwnerChanged => "ownerChanged",
        ChangeKind.Lost => "lost",
        _ => "fixed",
    };
}

/// <summary>
/// What a change (a pull request) does to the landscape: integrations added and removed, owners changed, readiness
/// properties lost or fixed (retry, alert, ...), and findings that appear or disappear. Integrations are matched by
/// service and name, findings by kind, subject and process.
/// </summary>
internal sealed record LandscapeDiff(IReadOnlyList<IntegrationChange> Changes, IReadOnlyList<Finding> NewFindings, IReadOnlyList<Finding> ResolvedFindings)
{
    public bool IsEmpty => Changes.Count == 0 && NewFindings.Count == 0 && ResolvedFindings.Count == 0;

    public static LandscapeDiff Compare(IntegrationLandscape before, IntegrationLandscape after)
    {
        static string Key(LandscapeIntegration i) => $"{i.Service.Name.ToUpperInvariant()}|{i.Integration.Name.Trim().ToUpperInvariant()}";
        var old = before.Integrations.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var now = after.Integrations.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<IntegrationChange>();

        foreach (var (key, integration) in now.Where(n => !old.ContainsKey(n.Key)))
        {
            var missing = integration.Integration.Readiness.Where(v => !v.Holds).Select(v => v.Title).ToList();
            changes.Add(new IntegrationChange(ChangeKind.Added, integration.Service.Name, integration.Integration.Name, null,
                $"{integration.Integration.Source ?? "?"} → {integration.Integration.Target ?? "?"}, owner {integration.Team ?? "none"}{(missing.Count == 0 ? ", ready" : ", missing: " + string.Join(", ", missing))}",
                IsGap: missing.Count > 0));
        }

        foreach (var (key, integration) in old.Where(o => !now.ContainsKey(o.Key)))
        {
            changes.Add(new IntegrationChange(ChangeKind.Removed, integration.Service.Name, integration.Integration.Name, null, $"{integration.Integration.Source ?? "?"} → {integration.Integration.Target ?? "?"}", IsGap: false));
        }

        foreach (var (key, was) in old.Where(o => now.ContainsKey(o.Key)))
        {
            var @is = now[key];
            var ownerChanged = !ContractNames.AreSame(was.Team, @is.Team) && (was.Team ?? @is.Team) is not null;
            if (ownerChanged)
            {
                // One entry per change: a new or dropped owner is this one, not also "owner fixed" or "owner lost".
                var ownerHolds = @is.Integration.Readiness.FirstOrDefault(v => v.Key == "owner")?.Holds ?? true;
                changes.Add(new IntegrationChange(ChangeKind.OwnerChanged, @is.Service.Name, @is.Integration.Name, "owner", $"{was.Team ?? "none"} → {@is.Team ?? "none"}", IsGap: !ownerHolds));
            }

            foreach (var verdict in @is.Integration.Readiness)
            {
                var previous = was.Integration.Readiness.FirstOrDefault(v => v.Key == verdict.Key);
                if (previous is null || previous.Holds == verdict.Holds || (ownerChanged && verdict.Key == "owner"))
                {
                    continue;
                }

                changes.Add(new IntegrationChange(verdict.Holds ? ChangeKind.Fixed : ChangeKind.Lost, @is.Service.Name, @is.Integration.Name, verdict.Key, $"{verdict.Title}: {previous.Verdict} → {verdict.Verdict}", IsGap: !verdict.Holds));
            }
        }

        var oldFindings = before.Findings.Select(f => f.Key).ToHashSet();
        var newFindings = after.Findings.Select(f => f.Key).ToHashSet();
        return new LandscapeDiff(
            changes.OrderBy(c => c.Kind).ThenBy(c => c.Service, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Integration, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Property, StringComparer.Ordinal).ToList(),
            after.Findings.Where(f => !oldFindings.Contains(f.Key)).ToList(),
            before.Findings.Where(f => !newFindings.Contains(f.Key)).ToList());
    }

    /// <summary>Why a <c>--fail-on</c> gate fails on this change: new conflicts, lost readiness or new integrations that are not ready, or either (and new unowned systems).</summary>
    public IReadOnlyList<string> GateFailures(string gate)
    {
        var failures = new List<string>();
        var conflicts = NewFindings.Count(f => f.IsConflict);
        var gaps = Changes.Count(c => c.IsGap);
        if (gate is "conflicts" or "any" && conflicts > 0)
        {
            failures.Add($"{conflicts} new conflict(s) between services' declarations");
        }

        if (gate is "gaps" or "any" && gaps > 0)
        {
            failures.Add($"{gaps} integration(s) lost readiness or were added without it");
        }

        if (gate is "any" && NewFindings.Count > conflicts)
        {
            failures.Add($"{NewFindings.Count - conflicts} new unowned system(s)");
        }

        return failures;
    }
}
