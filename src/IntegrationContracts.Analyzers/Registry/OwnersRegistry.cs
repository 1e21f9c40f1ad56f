using System;
using System.Collections.Generic;

namespace IntegrationContracts.Analyzers.Registry;

/// <summary>One team of the owners registry.</summary>
internal sealed record RegistryTeam(string Name, string? Contact, string? OnCall, string? Runbook)
{
    public bool HasSupportPath => Contracts.VerdictRules.HasSupportPath(Contact, OnCall, Runbook);
}

/// <summary>
/// The teams of <c>integration-owners.json</c> (an AdditionalFiles item). Team names match trimmed and
/// case-insensitively.
/// </summary>
internal sealed class OwnersRegistry
{
    public const string FileName = "integration-owners.json";

    private readonly Dictionary<string, RegistryTeam> _teams;

    public OwnersRegistry(IEnumerable<RegistryTeam> teams)
    {
        _teams = new Dictionary<string, RegistryTeam>(Common.ContractNames.Comparer);
        foreach (var team in teams)
        {
            // The first entry wins; a repeated team is the author's business, not a reason to stop checking.
            var key = team.Name.Trim();
            if (!_teams.ContainsKey(key))
            {
                _teams.Add(key, team);
            }
        }
    }

    /// <summary>Every team, the first entry of each name.</summary>
    public IEnumerable<RegistryTeam> Teams => _teams.Values;

    public RegistryTeam? Find(string? team) =>
        team is not null && _teams.TryGetValue(team.Trim(), out var entry) ? entry : null;
}
