using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Evidence visible from a type's declarations alone, without reading method bodies: a client base class, a
/// message-handler interface, and fields, properties and constructor parameters of client types, the type's own or
/// inherited from a base class (so the concrete subclass of an abstract client base is found).
/// </summary>
internal sealed class DeclarationEvidence
{
    private readonly ExternalClients _clients;

    // Many types share a base class; its members are read once per compilation.
    private readonly ConcurrentDictionary<INamedTypeSymbol, Cached> _ownMembers = new(SymbolEqualityComparer.Default);

    public DeclarationEvidence(ExternalClients clients) => _clients = clients;

    public Evidence? Find(INamedTypeSymbol type)
    {
        var location = type.Locations.Length > 0 ? type.Locations[0] : Location.None;

        if (_clients.MatchBaseClass(type) is { } client)
        {
            return Evidence.DerivesFrom(client, location);
        }

        if (_clients.MatchHandler(type) is { } handler)
        {
            return Evidence.Handles(handler.Entry, handler.Message, location);
        }

        if (OwnMembers(type) is { } own)
        {
            return own;
        }

        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            if (OwnMembers(baseType.OriginalDefinition) is { } inherited)
            {
                return inherited.InheritedFrom(baseType, location);
            }
        }

        return null;
    }

    private Evidence? OwnMembers(INamedTypeSymbol type) =>
        _ownMembers.GetOrAdd(type, t => new Cached(ReadMembers(t))).Evidence;

    private Evidence? ReadMembers(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                // Auto-property backing fields are implicit; the property itself is reported.
                case IFieldSymbol { IsImplicitlyDeclared: false } field when _clients.MatchUse(field.Type) is { } client:
                    return Evidence.Uses(client, LocationOf(field));
                case IPropertySymbol property when _clients.MatchUse(property.Type) is { } client:
                    return Evidence.Uses(client, LocationOf(property));
                case IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor:
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (_clients.MatchUse(parameter.Type) is { } client)
                        {
                            return Evidence.Uses(client, LocationOf(parameter));
                        }
                    }

                    break;
            }
        }

        return null;
    }

    private static Location LocationOf(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

    private readonly struct Cached
    {
        public Cached(Evidence? evidence) => Evidence = evidence;

        public Evidence? Evidence { get; }
    }
}
