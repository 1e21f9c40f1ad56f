using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The one place that turns contract attributes into declarations and <see cref="IntegrationContract"/>s.
/// Owner, retry and alert hooks resolve member → containing type(s) → assembly; the nearest level wins.
/// </summary>
internal sealed class ContractReader
{
    private readonly ContractSymbols _symbols;

    public ContractReader(ContractSymbols symbols, IAssemblySymbol assembly)
    {
        _symbols = symbols;
        Assembly = Read(assembly.GetAttributes(), ContractLevel.Assembly);
    }

    public ContractSymbols Symbols => _symbols;

    /// <summary>The assembly-level declarations: the defaults of every integration.</summary>
    public ContractDeclarations Assembly { get; }

    /// <summary>The contract attributes declared on a type or method itself.</summary>
    public ContractDeclarations ReadDeclarations(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol or IMethodSymbol => Read(symbol.GetAttributes(), symbol is IMethodSymbol ? ContractLevel.Member : ContractLevel.Type),
        _ => ContractDeclarations.None,
    };

    /// <summary>Reads the contract of a type or method, or returns <see langword="null"/> when it is not marked <c>[Integration]</c>.</summary>
    public IntegrationContract? TryRead(ISymbol symbol)
    {
        var own = ReadDeclarations(symbol);
        if (own.Integration is null)
        {
            return null;
        }

        var owner = own.Owner;
        var retry = own.Retry;
        var alertHooks = own.AlertHooks;
        for (var type = symbol.ContainingType; type is not null && (owner is null || retry is null || alertHooks.IsEmpty); type = type.ContainingType)
        {
            var level = Read(type.GetAttributes(), ContractLevel.Type);
            owner ??= level.Owner;
            retry ??= level.Retry;
            alertHooks = alertHooks.IsEmpty ? level.AlertHooks : alertHooks;
        }

        owner ??= Assembly.Owner;
        retry ??= Assembly.Retry;
        alertHooks = alertHooks.IsEmpty ? Assembly.AlertHooks : alertHooks;

        return new IntegrationContract(symbol, own.Integration, owner, retry, alertHooks);
    }

    private ContractDeclarations Read(ImmutableArray<AttributeData> attributes, ContractLevel level)
    {
        IntegrationDeclaration? integration = null;
        OwnerDeclaration? owner = null;
        RetryDeclaration? retryPolicy = null;
        RetryDeclaration? noRetry = null;
        ImmutableArray<AlertHookDeclaration>.Builder? hooks = null;
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (Is(type, _symbols.Integration))
            {
                integration ??= ReadIntegration(attribute);
            }
            else if (Is(type, _symbols.Owner))
            {
                owner ??= ReadOwner(attribute, level);
            }
            else if (Is(type, _symbols.RetryPolicy))
            {
                retryPolicy ??= ReadRetryPolicy(attribute, level);
            }
            else if (Is(type, _symbols.NoRetry))
            {
                noRetry ??= ReadNoRetry(attribute, level);
            }
            else if (Is(type, _symbols.AlertHook))
            {
                (hooks ??= ImmutableArray.CreateBuilder<AlertHookDeclaration>()).Add(ReadAlertHook(attribute, level));
            }
        }

        var alertHooks = hooks?.ToImmutable() ?? ImmutableArray<AlertHookDeclaration>.Empty;
        return integration is null && owner is null && retryPolicy is null && noRetry is null && alertHooks.IsEmpty
            ? ContractDeclarations.None
            : new ContractDeclarations(integration, owner, retryPolicy, noRetry, alertHooks);
    }

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

    private static IntegrationDeclaration ReadIntegration(AttributeData attribute) => new(
        attribute.ConstructorString(0),
        attribute.NamedString("Source"),
        attribute.NamedString("Target"),
        attribute.NamedString("Process"),
        attribute.NamedString("Description"),
        attribute.NamedTypes("Objects"),
        attribute);

    private static OwnerDeclaration ReadOwner(AttributeData attribute, ContractLevel level) => new(
        attribute.ConstructorString(0),
        attribute.NamedString("Contact"),
        attribute.NamedString("OnCall"),
        attribute.NamedString("Runbook"),
        level,
        attribute);

    private static RetryDeclaration ReadRetryPolicy(AttributeData attribute, ContractLevel level) => new(
        attribute.ConstructorInt32(0),
        (RetryBackoffValue)(attribute.NamedEnum("Backoff") ?? (int)RetryBackoffValue.Exponential),
        attribute.NamedString("DeadLetter"),
        NoRetryJustification: null,
        IsNoRetry: false,
        level,
        attribute);

    private static RetryDeclaration ReadNoRetry(AttributeData attribute, ContractLevel level) => new(
        MaxAttempts: 1,
        RetryBackoffValue.Fixed,
        DeadLetter: null,
        attribute.ConstructorString(0),
        IsNoRetry: true,
        level,
        attribute);

    private static AlertHookDeclaration ReadAlertHook(AttributeData attribute, ContractLevel level) => new(
        attribute.ConstructorType(0),
        (AlertAudienceValue)(attribute.NamedEnum("Audience") ?? (int)AlertAudienceValue.Technical),
        level,
        attribute);
}
