using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The one place that turns contract attributes into <see cref="IntegrationContract"/>s.
/// Owner, retry and alert hooks resolve member → containing type(s) → assembly; the nearest level wins.
/// </summary>
internal sealed class ContractReader
{
    private readonly ContractSymbols _symbols;
    private readonly LevelAttributes _assembly;

    public ContractReader(ContractSymbols symbols, IAssemblySymbol assembly)
    {
        _symbols = symbols;
        _assembly = Read(assembly.GetAttributes(), ContractLevel.Assembly);
    }

    public ContractSymbols Symbols => _symbols;

    /// <summary>Reads the contract of a type or method, or returns <see langword="null"/> when it is not marked <c>[Integration]</c>.</summary>
    public IntegrationContract? TryRead(ISymbol symbol)
    {
        if (symbol is not (INamedTypeSymbol or IMethodSymbol))
        {
            return null;
        }

        var own = Read(symbol.GetAttributes(), symbol is IMethodSymbol ? ContractLevel.Member : ContractLevel.Type);
        if (own.Integration is null)
        {
            return null;
        }

        var owner = own.Owner;
        var retry = own.Retry;
        var alertHooks = own.AlertHooks;
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (owner is not null && retry is not null && !alertHooks.IsEmpty)
            {
                break;
            }

            var level = Read(type.GetAttributes(), ContractLevel.Type);
            owner ??= level.Owner;
            retry ??= level.Retry;
            alertHooks = alertHooks.IsEmpty ? level.AlertHooks : alertHooks;
        }

        owner ??= _assembly.Owner;
        retry ??= _assembly.Retry;
        alertHooks = alertHooks.IsEmpty ? _assembly.AlertHooks : alertHooks;

        return new IntegrationContract(symbol, own.Integration, owner, retry, alertHooks);
    }

    private LevelAttributes Read(ImmutableArray<AttributeData> attributes, ContractLevel level)
    {
        var result = new LevelAttributes { AlertHooks = ImmutableArray<AlertHookDeclaration>.Empty };
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
                result.Integration ??= ReadIntegration(attribute);
            }
            else if (Is(type, _symbols.Owner))
            {
                result.Owner ??= ReadOwner(attribute, level);
            }
            else if (Is(type, _symbols.RetryPolicy))
            {
                // An explicit policy is the stronger statement when both are (wrongly) present.
                if (result.Retry is null or { IsNoRetry: true })
                {
                    result.Retry = ReadRetryPolicy(attribute, level);
                }
            }
            else if (Is(type, _symbols.NoRetry))
            {
                result.Retry ??= ReadNoRetry(attribute, level);
            }
            else if (Is(type, _symbols.AlertHook))
            {
                (hooks ??= ImmutableArray.CreateBuilder<AlertHookDeclaration>()).Add(ReadAlertHook(attribute, level));
            }
        }

        if (hooks is not null)
        {
            result.AlertHooks = hooks.ToImmutable();
        }

        return result;
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

    /// <summary>The contract attributes found on one symbol.</summary>
    private struct LevelAttributes
    {
        public IntegrationDeclaration? Integration;
        public OwnerDeclaration? Owner;
        public RetryDeclaration? Retry;
        public ImmutableArray<AlertHookDeclaration> AlertHooks;
    }
}
