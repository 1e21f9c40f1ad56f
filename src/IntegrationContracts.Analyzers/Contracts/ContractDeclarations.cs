using System.Collections.Immutable;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>The contract attributes declared on one symbol (a member, a type, or the assembly), as written.</summary>
internal sealed class ContractDeclarations
{
    public static readonly ContractDeclarations None = new(null, null, null, null, ImmutableArray<AlertHookDeclaration>.Empty, ImmutableArray<SourceOfTruthDeclaration>.Empty);

    public ContractDeclarations(
        IntegrationDeclaration? integration,
        OwnerDeclaration? owner,
        RetryDeclaration? retryPolicy,
        RetryDeclaration? noRetry,
        ImmutableArray<AlertHookDeclaration> alertHooks,
        ImmutableArray<SourceOfTruthDeclaration> sourcesOfTruth)
    {
        Integration = integration;
        Owner = owner;
        RetryPolicy = retryPolicy;
        NoRetry = noRetry;
        AlertHooks = alertHooks;
        SourcesOfTruth = sourcesOfTruth;
    }

    public IntegrationDeclaration? Integration { get; }

    public OwnerDeclaration? Owner { get; }

    public RetryDeclaration? RetryPolicy { get; }

    public RetryDeclaration? NoRetry { get; }

    /// <summary>The retry contract of this level: an explicit policy is the stronger statement when both are (wrongly) present.</summary>
    public RetryDeclaration? Retry => RetryPolicy ?? NoRetry;

    public ImmutableArray<AlertHookDeclaration> AlertHooks { get; }

    public ImmutableArray<SourceOfTruthDeclaration> SourcesOfTruth { get; }

    public bool IsEmpty => Integration is null && Owner is null && Retry is null && AlertHooks.IsEmpty && SourcesOfTruth.IsEmpty;
}
