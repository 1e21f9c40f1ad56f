using System.Collections.Generic;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts.Retry;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The one place each readiness verdict is decided. The analyzers' <see cref="ContractModel"/> and the manifest
/// generator both call these, the generator with the values it carries through its pipeline, so a manifest flag
/// and its rule cannot disagree.
/// </summary>
internal static class VerdictRules
{
    /// <summary>IC0001.</summary>
    public static Verdict Owner(bool hasOwner) => hasOwner ? Verdict.Declared : Verdict.Missing;

    /// <summary>
    /// IC0004, for the resolved owner. A missing owner is IC0001's and a blank team IC0005's (one warning per mistake):
    /// for those the support path does not apply.
    /// </summary>
    public static Verdict SupportPath(bool hasOwner, string? team, bool declaresSupportPath, bool registryGivesSupportPath)
    {
        if (!hasOwner || ContractNames.Normalize(team) is null)
        {
            return Verdict.NotApplicable;
        }

        return declaresSupportPath ? Verdict.Declared
            : registryGivesSupportPath ? Verdict.FromRegistry
            : Verdict.Missing;
    }

    /// <summary>Whether any of contact, on-call and runbook is given.</summary>
    public static bool HasSupportPath(string? contact, string? onCall, string? runbook) =>
        ContractNames.Normalize(contact) is not null || ContractNames.Normalize(onCall) is not null || ContractNames.Normalize(runbook) is not null;

    /// <summary>
    /// Every verdict of one integration from its facts: the one decision both the analyzers (through
    /// <see cref="ContractModel"/>) and the generator (through <c>ManifestVerdicts</c>, on the facts it carries as values)
    /// make, so a warning and the manifest cannot disagree.
    /// </summary>
    public static IntegrationVerdicts Decide(VerdictFacts facts, RetryRegistrations registrations)
    {
        var retry = Retry(facts.RetryDeclared, facts.Name, facts.RetryInType, facts.RetryCandidate, registrations);
        var applied = RetryApplied(facts.RetryToApply, facts.Name, facts.RetryInType, facts.RetryCandidate, registrations);
        return new IntegrationVerdicts(
            Owner(facts.HasOwner),
            SupportPath(facts.HasOwner, facts.Team, facts.DeclaresSupportPath, facts.RegistryGivesSupportPath),
            retry.Verdict,
            Alert(facts.AlertHooks, facts.Failure.HookAlertsNobody),
            SourceOfTruth(facts.CarriedObjects),
            retry.Evidence)
        {
            FailureHandling = facts.Failure.SwallowsFailure ? Verdict.Swallowed : Verdict.Handled,
            ContractValues = facts.Failure.InvalidValues ? Verdict.Invalid : Verdict.Declared,
            RetryApplied = applied.Verdict,
            RetryAppliedBy = applied.Evidence,
        };
    }

    /// <summary>IC0002: declared, else recognised in code (<see cref="RecognisedRetry"/>).</summary>
    public static (Verdict Verdict, RetryEvidence? Evidence) Retry(bool declared, string? name, RetryEvidence? inType, RetryCandidate? candidate, RetryRegistrations registrations)
    {
        if (declared)
        {
            return (Verdict.Declared, null);
        }

        return RecognisedRetry(name, inType, candidate, registrations) is { } evidence ? (Verdict.Recognised, evidence) : (Verdict.Missing, null);
    }

    /// <summary>
    /// IC0018: a declared <c>[RetryPolicy]</c> of more than one attempt is applied when the same code IC0002 recognises
    /// retries it (a contract pipeline, a resilience handler, retry in the type); otherwise the declaration is a claim.
    /// </summary>
    public static (Verdict Verdict, RetryEvidence? Evidence) RetryApplied(bool toApply, string? name, RetryEvidence? inType, RetryCandidate? candidate, RetryRegistrations registrations)
    {
        if (!toApply)
        {
            return (Verdict.NotApplicable, null);
        }

        return RecognisedRetry(name, inType, candidate, registrations) is { } evidence ? (Verdict.Recognised, evidence) : (Verdict.Missing, null);
    }

    /// <summary>Retry in code: in the type, a contract pipeline applied by the integration's name, or a registration that covers the type.</summary>
    private static RetryEvidence? RecognisedRetry(string? name, RetryEvidence? inType, RetryCandidate? candidate, RetryRegistrations registrations) =>
        inType
        ?? registrations.CoversIntegration(name)
        ?? (candidate is { } c ? registrations.Covers(c) : null);

    /// <summary>IC0003 (no hook), IC0014 (a hook whose type is no alert hook: failures raised to it reach nobody).</summary>
    public static Verdict Alert(int alertHooks, bool hookAlertsNobody) =>
        alertHooks == 0 ? Verdict.Missing : hookAlertsNobody ? Verdict.Invalid : Verdict.Declared;

    /// <summary>IC0007 (no declaration), IC0008 (declarations name different masters), IC0009 (the source is not the master), for one carried object.</summary>
    public static Verdict CarriedObject(SourceOfTruthResolution resolution, string? source)
    {
        if (!resolution.IsDeclared)
        {
            return Verdict.Missing;
        }

        if (resolution.IsConflicting)
        {
            return Verdict.Conflicting;
        }

        // Objects without a Source are IC0005's; a declaration that names no system is IC0005's too.
        return ContractNames.Normalize(source) is { } from && resolution.Master is { } master && !ContractNames.AreSame(master, from)
            ? Verdict.NotFromMaster
            : Verdict.Declared;
    }

    /// <summary>The integration's source-of-truth verdict: the worst of its objects', not applicable without objects.</summary>
    public static Verdict SourceOfTruth(IEnumerable<Verdict> carriedObjects)
    {
        var verdict = Verdict.NotApplicable;
        foreach (var carried in carriedObjects)
        {
            if (verdict == Verdict.NotApplicable || carried > verdict)
            {
                verdict = carried;
            }
        }

        return verdict;
    }
}

/// <summary>What an integration's verdicts are decided from (<see cref="VerdictRules.Decide"/>).</summary>
/// <param name="Name">The integration's name: a contract pipeline may be applied by it.</param>
/// <param name="RetryToApply">It declares a <c>[RetryPolicy]</c> of more than one attempt, which code must apply (IC0018).</param>
/// <param name="RetryInType">Retry recognised in the integration's code; looked for unless a declaration settles it (<see cref="RetryFacts.Needed"/>).</param>
internal sealed record VerdictFacts(
    string? Name,
    bool HasOwner,
    string? Team,
    bool DeclaresSupportPath,
    bool RegistryGivesSupportPath,
    bool RetryDeclared,
    bool RetryToApply,
    RetryEvidence? RetryInType,
    RetryCandidate? RetryCandidate,
    int AlertHooks,
    IEnumerable<Verdict> CarriedObjects,
    FailureFacts Failure);

/// <summary>
/// What the failure-handling verdicts are decided from, as values (the generator carries them): a swallowed catch in the
/// integration's code (IC0011), a hook that alerts nobody (IC0014), an invalid value it carries (IC0005).
/// </summary>
internal sealed record FailureFacts(bool SwallowsFailure, bool HookAlertsNobody, bool InvalidValues)
{
    public static readonly FailureFacts None = new(false, false, false);
}
