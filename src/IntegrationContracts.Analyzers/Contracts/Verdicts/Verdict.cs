namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The verdict on one readiness property of one integration. The rules report the failing ones (see
/// <see cref="VerdictNames.Holds"/>); the manifest, the scorecard and the Backstage catalog show every one.
/// </summary>
internal enum Verdict
{
    /// <summary>The contract declares it.</summary>
    Declared,

    /// <summary>The owner's support path comes from the owners registry.</summary>
    FromRegistry,

    /// <summary>Retry is not declared but recognised in code (an injected Polly pipeline, a resilience handler on the client's registration, ...).</summary>
    Recognised,

    /// <summary>Every catch of the integration's code handles the failure: rethrows, logs at Warning or above, alerts or hands it on (IC0011).</summary>
    Handled,

    /// <summary>
    /// The property does not apply: source of truth for an integration that carries no objects, support path for an owner
    /// that is missing (IC0001 says so) or has a blank team (IC0005 says so).
    /// </summary>
    NotApplicable,

    Missing,

    /// <summary>Two declarations name different masters for a carried object in the integration's process (IC0008).</summary>
    Conflicting,

    /// <summary>The integration moves an object from a system that is not its master (IC0009).</summary>
    NotFromMaster,

    /// <summary>A declaration the integration carries cannot work: an invalid contract value (IC0005), an alert hook that alerts nobody (IC0014).</summary>
    Invalid,

    /// <summary>A catch in the integration's code swallows a failure (IC0011).</summary>
    Swallowed,
}

/// <summary>How verdicts read and whether they hold.</summary>
internal static class VerdictNames
{
    /// <summary>Whether the property is in order: the matching rule is not reported for the integration.</summary>
    public static bool Holds(this Verdict verdict) => verdict <= Verdict.NotApplicable;

    /// <summary>The manifest's name for a verdict.</summary>
    public static string JsonName(this Verdict verdict) => verdict switch
    {
        Verdict.Declared => "declared",
        Verdict.FromRegistry => "registry",
        Verdict.Recognised => "recognised",
        Verdict.NotApplicable => "notApplicable",
        Verdict.Missing => "missing",
        Verdict.Conflicting => "conflicting",
        Verdict.Handled => "handled",
        Verdict.Invalid => "invalid",
        Verdict.Swallowed => "swallowed",
        _ => "notFromMaster",
    };
}
