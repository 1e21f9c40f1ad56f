using System.Linq;
using IntegrationContracts.Analyzers.Common;

namespace IntegrationContracts.Analyzers.Manifest;

// Value-equatable generator models: strings, numbers and EquatableArrays only (no symbols, syntax,
// locations or compilations), so an edit that does not change a contract leaves the pipeline cached.

/// <summary>One integration as the manifest describes it.</summary>
internal readonly record struct IntegrationModel(
    string Name,
    string TypeName,
    string? TypeOfName,
    string? MemberName,
    string? Source,
    string? Target,
    string? Process,
    string? Description,
    EquatableArray<CarriedObjectModel> Objects,
    OwnerModel? Owner,
    RetryModel? Retry,
    EquatableArray<AlertHookModel> AlertHooks,
    EquatableArray<SourceOfTruthModel> ReferencedSourcesOfTruth)
{
    /// <summary>Readiness of the declared contract; the analyzers explain what is missing.</summary>
    public bool HasSourcesOfTruth => Objects.All(o => o.SourceOfTruth is not null);

    public bool HasSupportPath => Owner is { } owner && (owner.Contact is not null || owner.OnCall is not null || owner.Runbook is not null);
}

/// <summary>An object the integration carries and the system that masters it in the integration's process (null: none, or conflicting).</summary>
internal readonly record struct CarriedObjectModel(string Type, string? SourceOfTruth);

/// <summary>
/// One <c>[SourceOfTruth]</c> declaration. <c>Process</c> null means every process; <c>DeclaredOn</c> is <c>type</c> or
/// <c>assembly</c>; <c>Assembly</c> is the assembly whose code declares it.
/// </summary>
internal readonly record struct SourceOfTruthModel(string Object, string? Process, string System, string DeclaredOn, string Assembly);

/// <summary>The resolved owner. <c>DeclaredOn</c> is <c>member</c>, <c>type</c> or <c>assembly</c>.</summary>
internal readonly record struct OwnerModel(string? Team, string? Contact, string? OnCall, string? Runbook, string DeclaredOn);

/// <summary>The resolved retry contract; <c>NoRetryJustification</c> is set for <c>[NoRetry]</c>.</summary>
internal readonly record struct RetryModel(int? MaxAttempts, string Backoff, string? DeadLetter, string? NoRetryJustification, string DeclaredOn);

/// <summary>One resolved alert hook; <c>TypeOfName</c> is null when generated code cannot name the type.</summary>
internal readonly record struct AlertHookModel(string TypeName, string? TypeOfName, string Audience, string DeclaredOn);

/// <summary>What the generator knows about the compilation itself. <c>AssemblyVersion</c> is the assembly identity's version.</summary>
internal readonly record struct ManifestTarget(string AssemblyName, string RootNamespace, bool ReferencesContracts, string AssemblyVersion = "0.0.0.0");
