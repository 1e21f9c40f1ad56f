using System;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Registry;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>One team of the owners registry, as a generator value.</summary>
internal sealed record RegistryTeamModel(string Name, string? Contact, string? OnCall, string? Runbook);

/// <summary>
/// Completes owners from the owners registry (<c>integration-owners.json</c>): a contact, on-call or runbook the
/// owner attribute leaves out is taken from the team's registry entry, as IC0004 counts it. So the manifest's
/// support-path verdict agrees with the analyzers, and an alert at run time can reach a team that is only described
/// in the registry.
/// </summary>
internal static class ManifestOwners
{
    /// <summary>The registry's teams ordered by name; empty when the file is missing or cannot be read (IC0015 reports that).</summary>
    public static EquatableArray<RegistryTeamModel> ReadRegistry(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var registry = text is null ? null : OwnersRegistryFile.Read(text).Registry;
        return registry is null
            ? EquatableArray<RegistryTeamModel>.Empty
            : registry.Teams
                .Select(team => new RegistryTeamModel(team.Name.Trim(), ContractNames.NullIfBlank(team.Contact), ContractNames.NullIfBlank(team.OnCall), ContractNames.NullIfBlank(team.Runbook)))
                .OrderBy(team => team.Name, ContractNames.Comparer)
                .ToEquatableArray();
    }

    public static EquatableArray<IntegrationModel> Complete(EquatableArray<IntegrationModel> integrations, EquatableArray<RegistryTeamModel> registry)
    {
        if (registry.IsEmpty)
        {
            return integrations;
        }

        return integrations.Select(integration =>
        {
            if (integration.Owner is not { } owner || owner.Team is null)
            {
                return integration;
            }

            var name = owner.Team.Trim();
            foreach (var team in registry)
            {
                if (ContractNames.AreSame(team.Name, name))
                {
                    return integration with
                    {
                        Owner = owner with
                        {
                            Contact = owner.Contact ?? team.Contact,
                            OnCall = owner.OnCall ?? team.OnCall,
                            Runbook = owner.Runbook ?? team.Runbook,
                        },
                    };
                }
            }

            return integration;
        }).ToEquatableArray();
    }
}
