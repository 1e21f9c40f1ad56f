using System;
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
        Assembly = Read(assembly.GetAttributes(), ContractLevel.Assembly, assembly);
    }

    public ContractSymbols Symbols => _symbols;

    /// <summary>The assembly-level declarations: the defaults of every integration.</summary>
    public ContractDeclarations Assembly { get; }

    /// <summary>The contract attributes declared on a type or method itself.</summary>
    public ContractDeclarations ReadDeclarations(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol or IMethodSymbol => Read(symbol.GetAttributes(), symbol is IMethodSymbol ? ContractLevel.Member : ContractLevel.Type, symbol),
        _ => ContractDeclarations.None,
    };

    /// <summary>Reads the contract of a type or method, or returns <see langword="null"/> when it is not marked <c>[Integration]</c>.</summary>
    public IntegrationContract? TryRead(ISymbol symbol) => TryRead(symbol, ReadDeclarations);

    /// <summary>As <see cref="TryRead(ISymbol)"/>, reading each level's declarations through <paramref name="declarationsOf"/> (a cache).</summary>
    public IntegrationContract? TryRead(ISymbol symbol, Func<ISymbol, ContractDeclarations> declarationsOf)
    {
        var own = declarationsOf(symbol);
        if (own.Integration is null)
        {
            return null;
        }

        var owner = own.Owner;
        var retry = own.Retry;
        var alertHooks = own.AlertHooks;
        for (var type = symbol.ContainingType; type is not null && (owner is null || retry is null || alertHooks.IsEmpty); type = type.ContainingType)
        {
            var level = declarationsOf(type);
            owner ??= level.Owner;
            retry ??= level.Retry;
            alertHooks = alertHooks.IsEmpty ? level.AlertHooks : alertHooks;
        }

        owner ??= Assembly.Owner;
        retry ??= Assembly.Retry;
        alertHooks = alertHooks.IsEmpty ? Assembly.AlertHooks : alertHooks;

        return new IntegrationContract(symbol, own.Integration, owner, retry, alertHooks);
    }

    /// <summary>The contract attributes of an assembly (this compilation's or a referenced one).</summary>
    public ContractDeclarations ReadAssembly(IAssemblySymbol assembly) =>
        Read(assembly.GetAttributes(), ContractLevel.Assembly, assembly);

    private ContractDeclarations Read(ImmutableArray<AttributeData> attributes, ContractLevel level, ISymbol declaredOn)
    {
        IntegrationDeclaration? integration = null;
        OwnerDeclaration? owner = null;
        RetryDeclaration? retryPolicy = null;
        RetryDeclaration? noRetry = null;
        ImmutableArray<AlertHookDeclaration>.Builder? hooks = null;
        ImmutableArray<SourceOfTruthDeclaration>.Builder? sources = null;
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
            else if (Is(type, _symbols.SourceOfTruth) && level != ContractLevel.Member)
            {
                (sources ??= ImmutableArray.CreateBuilder<SourceOfTruthDeclaration>()).Add(ReadSourceOfTruth(attribute, level, declaredOn));
            }
        }

        var alertHooks = hooks?.ToImmutable() ?? ImmutableArray<AlertHookDeclaration>.Empty;
        var sourcesOfTruth = sources?.ToImmutable() ?? ImmutableArray<SourceOfTruthDeclaration>.Empty;
        return integration is null && owner is null && retryPolicy is null && noRetry is null && alertHooks.IsEmpty && sourcesOfTruth.IsEmpty
            ? ContractDeclarations.None
            : new ContractDeclarations(integration, owner, retryPolicy, noRetry, alertHooks, sourcesOfTruth);
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

    /// <summary>
    /// A type-level declaration speaks about its own type (a mismatching <c>Object</c> is IC0005's to report); an
    /// assembly-level one about its <c>Object</c>.
    /// </summary>
    private static SourceOfTruthDeclaration ReadSourceOfTruth(AttributeData attribute, ContractLevel level, ISymbol declaredOn) => new(
        attribute.ConstructorString(0),
        attribute.NamedString("Process"),
        level == ContractLevel.Type ? declaredOn as ITypeSymbol : attribute.NamedType("Object") is { TypeKind: not TypeKind.Error } type ? type : null,
        level,
        attribute)
    {
        DeclaringAssembly = declaredOn as IAssemblySymbol ?? declaredOn.ContainingAssembly,
    };

    private static AlertHookDeclaration ReadAlertHook(AttributeData attribute, ContractLevel level) => new(
        attribute.ConstructorType(0),
        (AlertAudienceValue)(attribute.NamedEnum("Audience") ?? (int)AlertAudienceValue.Technical),
        level,
        attribute);
}
