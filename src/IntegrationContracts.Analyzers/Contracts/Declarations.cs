using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

// One record per contract attribute, with the values as written. A value that is missing or does not bind
// is null: the declaration still counts as present (an invalid declaration is reported once, by its own rule).

/// <summary>An <c>[Integration]</c> attribute.</summary>
internal sealed record IntegrationDeclaration(
    string? Name,
    string? Source,
    string? Target,
    string? Process,
    string? Description,
    ImmutableArray<ITypeSymbol> Objects,
    AttributeData Attribute);

/// <summary>An <c>[IntegrationOwner]</c> attribute.</summary>
internal sealed record OwnerDeclaration(
    string? Team,
    string? Contact,
    string? OnCall,
    string? Runbook,
    ContractLevel Level,
    AttributeData Attribute);

/// <summary>A <c>[RetryPolicy]</c> or a <c>[NoRetry]</c> attribute.</summary>
internal sealed record RetryDeclaration(
    int? MaxAttempts,
    RetryBackoffValue Backoff,
    string? DeadLetter,
    string? NoRetryJustification,
    bool IsNoRetry,
    ContractLevel Level,
    AttributeData Attribute);

/// <summary>An <c>[AlertHook]</c> attribute.</summary>
internal sealed record AlertHookDeclaration(
    ITypeSymbol? HookType,
    AlertAudienceValue Audience,
    ContractLevel Level,
    AttributeData Attribute);

/// <summary>
/// A <c>[SourceOfTruth]</c> attribute. <c>Object</c> is what it speaks about: the type it is written on, or the
/// <c>Object = typeof(..)</c> of an assembly-level declaration (null when that is missing or does not bind).
/// </summary>
internal sealed record SourceOfTruthDeclaration(
    string? System,
    string? Process,
    ITypeSymbol? Object,
    ContractLevel Level,
    AttributeData Attribute)
{
    /// <summary>The assembly whose code declares it: this compilation's, or a referenced (shared domain) library's.</summary>
    public IAssemblySymbol? DeclaringAssembly { get; init; }
}

/// <summary>Mirrors <c>IntegrationContracts.RetryBackoff</c> (the analyzers do not reference the runtime library).</summary>
internal enum RetryBackoffValue
{
    Fixed = 0,
    Linear = 1,
    Exponential = 2,
}

/// <summary>Mirrors <c>IntegrationContracts.AlertAudience</c>.</summary>
internal enum AlertAudienceValue
{
    Technical = 0,
    Business = 1,
}
