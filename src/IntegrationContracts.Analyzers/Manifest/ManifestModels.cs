using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;

namespace IntegrationContracts.Analyzers.Manifest;

// Value-equatable generator models: strings, numbers and EquatableArrays only (no symbols, syntax,
// locations or compilations), so an edit that does not change a contract leaves the pipeline cached.

/// <summary>One integration as the manifest describes it.</summary>
internal sealed record IntegrationModel(
    string Name,
    string TypeName,
    string? RuntimeTypeName,
    string? MemberName,
    string? Source,
    string? Target,
    string? Process,
    string? Description,
    EquatableArray<CarriedObjectModel> Objects,
    OwnerModel? Owner,
    RetryModel? Retry,
    EquatableArray<AlertHookModel> AlertHooks,
    EquatableArray<SourceOfTruthModel> ReferencedSourcesOfTruth,
    RetryFacts RetryFacts,
    FailureFacts FailureFacts)
{
    /// <summary>
    /// The verdicts, decided by <see cref="VerdictRules"/> once the owners registry and the compilation's registrations
    /// are known (<see cref="ManifestVerdicts"/>); the analyzers report from the same rules.
    /// </summary>
    public IntegrationVerdicts Verdicts { get; init; } = IntegrationVerdicts.Undecided;
}

/// <summary>
/// What the retry verdicts need besides the declared contract: evidence in the type, what a registration could cover,
/// and whether a declared retry must be applied by code (IC0018).
/// </summary>
internal sealed record RetryFacts(RetryEvidence? InType, RetryCandidate? Candidate, bool ToApply)
{
    /// <summary>For an integration whose declaration settles it (<c>[NoRetry]</c>, one attempt): nothing in code needs looking at.</summary>
    public static readonly RetryFacts None = new(null, null, false);

    /// <summary>A <c>[RetryPolicy]</c> of more than one attempt: code must retry as it says (IC0018).</summary>
    public static bool ToApplyFor(RetryDeclaration? retry) => retry is { IsNoRetry: false, MaxAttempts: > 1 };

    /// <summary>Whether code must be read: no retry is declared (IC0002), or a declared one must be applied (IC0018).</summary>
    public static bool Needed(RetryDeclaration? retry) => retry is null || ToApplyFor(retry);
}

/// <summary>
/// An object the integration carries, the system that masters it in the integration's process (null: none, or
/// conflicting), and its source-of-truth verdict.
/// </summary>
internal sealed record CarriedObjectModel(string Type, string? SourceOfTruth, Verdict Verdict);

/// <summary>
/// One <c>[SourceOfTruth]</c> declaration. <c>Process</c> null means every process; <c>DeclaredOn</c> is <c>type</c> or
/// <c>assembly</c>; <c>Assembly</c> is the assembly whose code declares it.
/// </summary>
internal sealed record SourceOfTruthModel(string Object, string? Process, string System, string DeclaredOn, string Assembly);

/// <summary>The resolved owner. <c>DeclaredOn</c> is <c>member</c>, <c>type</c> or <c>assembly</c>.</summary>
internal sealed record OwnerModel(string? Team, string? Contact, string? OnCall, string? Runbook, string DeclaredOn);

/// <summary>The resolved retry contract; <c>NoRetryJustification</c> is set for <c>[NoRetry]</c>.</summary>
internal sealed record RetryModel(int? MaxAttempts, string Backoff, string? DeadLetter, string? NoRetryJustification, string DeclaredOn);

/// <summary>One resolved alert hook; <c>RuntimeTypeName</c> is null when the type does not bind.</summary>
internal sealed record AlertHookModel(string TypeName, string? RuntimeTypeName, string Audience, string DeclaredOn);

/// <summary>
/// What the generator knows about the compilation itself. <c>AssemblyVersion</c> is the assembly identity's version;
/// <c>HasRuntimeReader</c> whether the referenced runtime library can read the embedded manifest (<c>EmbeddedManifest</c>).
/// </summary>
internal sealed record ManifestTarget(
    string AssemblyName,
    string RootNamespace,
    bool ReferencesContracts,
    bool HasRuntimeReader = true,
    string AssemblyVersion = "0.0.0.0",
    ManifestEmbedding Embedding = ManifestEmbedding.Full,
    string Kind = "library");
