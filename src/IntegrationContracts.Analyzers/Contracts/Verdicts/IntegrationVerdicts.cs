using IntegrationContracts.Analyzers.Contracts.Retry;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Every readiness verdict of one integration, decided once by <see cref="VerdictRules"/>. The rules report from it
/// (IC0001 owner, IC0004 support path, IC0002 retry, IC0003 alert, IC0007/IC0008/IC0009 source of truth) and the
/// manifest shows it, so a flag is false exactly when its rule is reported.
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

    public bool IsReady =>
        Owner.Holds() && SupportPath.Holds() && Retry.Holds() && Alert.Holds() && SourceOfTruth.Holds();
}
