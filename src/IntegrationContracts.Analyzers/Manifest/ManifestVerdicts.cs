using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// Decides each integration's verdicts once the generator knows everything they depend on: the declared contract
/// (in the model), the owners registry and the compilation's registrations. The decisions are
/// <see cref="VerdictRules"/>', the ones the analyzers report from.
/// </summary>
internal static class ManifestVerdicts
{
    public static EquatableArray<IntegrationModel> Decide(
        EquatableArray<IntegrationModel> integrations,
        EquatableArray<RegistryTeamModel> registry,
        RetryRegistrations registrations) =>
        integrations.Select(integration =>
        {
            var owner = integration.Owner;
            var team = owner?.Team is { } name ? registry.FirstOrDefault(t => ContractNames.AreSame(t.Name, name)) : default;
            return integration with
            {
                Verdicts = VerdictRules.Decide(
                    new VerdictFacts(
                        integration.Name,
                        owner is not null,
                        owner?.Team,
                        owner is { } o && VerdictRules.HasSupportPath(o.Contact, o.OnCall, o.Runbook),
                        team is not null && VerdictRules.HasSupportPath(team.Contact, team.OnCall, team.Runbook),
                        integration.Retry is not null,
                        integration.RetryFacts.ToApply,
                        integration.RetryFacts.InType,
                        integration.RetryFacts.Candidate,
                        integration.AlertHooks.Count,
                        integration.Objects.Select(o => o.Verdict),
                        integration.FailureFacts),
                    registrations),
            };
        }).ToEquatableArray();
}
