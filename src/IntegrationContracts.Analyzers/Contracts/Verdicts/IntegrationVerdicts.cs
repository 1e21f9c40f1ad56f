using IntegrationContracts.Analyzers.Contracts.Retry;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Every readiness verdict of one integration, decided once by <see cref="VerdictRules"/>. The rules report from it
/// (IC0001 owner, IC0004 support path, IC0002 retry, IC0003/IC0014 alert, IC0007/IC0008/IC0009 source of truth, IC0011
/// failure handling, IC0005 contract values) and the manifest shows it, so a flag is false exactly when a rule is
/// reported on the integration or on a declaration it carries.
/// </summary>
internal sealed record IntegrationVerdicts(
    Verdict Owner,
    Verdict SupportPath,
    Verdict Retry,
    Verdict Alert,
    Verdict SourceOfTruth,
    RetryEvidence? RetryEvidence)
{
    /// <summary>Before the generator has decided (a model that has not been through <c>ManifestVerdicts</c> yet).</summary>
    public static readonly IntegrationVerdicts Undecided = new(Verdict.Missing, Verdict.Missing, Verdict.Missing, Verdict.Missing, Verdict.Missing, null);

    /// <summary>IC0011: <see cref="Verdict.Handled"/>, or <see cref="Verdict.Swallowed"/> when a catch of its code swallows a failure.</summary>
    public Verdict FailureHandling { get; init; } = Verdict.Handled;

    /// <summary>IC0005: <see cref="Verdict.Declared"/>, or <see cref="Verdict.Invalid"/> when a value it carries cannot work.</summary>
    public Verdict ContractValues { get; init; } = Verdict.Declared;

    /// <summary>
    /// IC0018 (Info, not part of readiness): whether code applies a declared <c>[RetryPolicy]</c> —
    /// <see cref="Verdict.Recognised"/> with <see cref="RetryAppliedBy"/>, <see cref="Verdict.Missing"/>, or
    /// <see cref="Verdict.NotApplicable"/> when nothing is declared to apply (no policy, <c>[NoRetry]</c>, one attempt).
    /// </summary>
    public Verdict RetryApplied { get; init; } = Verdict.NotApplicable;

    /// <summary>The code that applies the declared retry, when <see cref="RetryApplied"/> is <see cref="Verdict.Recognised"/>.</summary>
    public RetryEvidence? RetryAppliedBy { get; init; }

    /// <summary>Ready exactly when no IntegrationContracts warning is reported on the integration or the declarations it carries.</summary>
    public bool IsReady =>
        Owner.Holds() && SupportPath.Holds() && Retry.Holds() && Alert.Holds() && SourceOfTruth.Holds() && FailureHandling.Holds() && ContractValues.Holds();
}
