using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// The catalog resolved against one compilation (once, at compilation start): which of its types are external
/// clients or handler interfaces. Families the compilation does not reference are simply absent. Lookups are by
/// symbol and cached per type, so an analysis pass never resolves a name again.
/// </summary>
internal sealed class ExternalClients
{
    // Types nest clients in collections, lazies, factories and tasks; deeper nesting is not client code.
    private const int MaxUnwrapDepth = 2;

    private readonly Dictionary<INamedTypeSymbol, ClientEntry> _clients;
    private readonly Dictionary<INamedTypeSymbol, ClientEntry> _handlers;
    private readonly INamedTypeSymbol? _refitHttpMethodAttribute;
    private readonly SdkClients _sdkClients;
    private readonly ClientEntry _refitEntry = new(ExternalClientCatalog.RefitHttpMethodAttribute, ExternalClientCatalog.RefitFamily);
    private readonly ConcurrentDictionary<ITypeSymbol, Cached> _direct = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Cached> _uses = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _refitApis = new(SymbolEqualityComparer.Default);

    private ExternalClients(
        Dictionary<INamedTypeSymbol, ClientEntry> clients,
        Dictionary<INamedTypeSymbol, ClientEntry> handlers,
        INamedTypeSymbol? refitHttpMethodAttribute,
        SdkClients sdkClients,
        IAssemblySymbol project)
    {
        _clients = clients;
        _handlers = handlers;
        _refitHttpMethodAttribute = refitHttpMethodAttribute;
        _sdkClients = sdkClients;
        Names = new ClientNames(clients.Keys, () => ClientTypesOf(project));
        CatalogNames = new ClientNames(clients.Keys, static () => new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>The names a client can go by, for the syntactic test before any binding.</summary>
    public ClientNames Names { get; }

    /// <summary>
    /// The catalog's names and the SDK client words only, without the project's and client libraries' own client types
    /// (finding those walks every type of those libraries): for a test that runs once, as the manifest's exports do.
    /// </summary>
    public ClientNames CatalogNames { get; }

    /// <summary>
    /// No client family is referenced: nothing in this compilation can talk to an external system that IC0010 knows
    /// (an SDK found by what it is can only be in a referenced library, which then brings HttpClient's assembly too).
    /// </summary>
    public bool IsEmpty => _clients.Count == 0 && _handlers.Count == 0 && _refitHttpMethodAttribute is null;

    public static ExternalClients Create(Compilation compilation, ImmutableArray<string> extraClientTypes)
    {
        var clients = new Dictionary<INamedTypeSymbol, ClientEntry>(SymbolEqualityComparer.Default);
        var handlers = new Dictionary<INamedTypeSymbol, ClientEntry>(SymbolEqualityComparer.Default);
        foreach (var entry in ExternalClientCatalog.Entries)
        {
            if (compilation.GetTypeByMetadataName(entry.MetadataName) is { } type)
            {
                (entry.Role == ClientRole.Handler ? handlers : clients)[type] = entry;
            }
        }

        foreach (var name in extraClientTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is not { } type || clients.ContainsKey(type) || handlers.ContainsKey(type))
            {
                continue;
            }

            // A generic interface of one message type named as a handler (IIntegrationEventHandler`1, IMessageConsumer`1)
            // is a handler interface: its implementations consume that message; any other type is a client its holders use.
            if (type is { TypeKind: TypeKind.Interface, Arity: 1 }
                && (type.Name.EndsWith("Handler", StringComparison.Ordinal) || type.Name.EndsWith("Consumer", StringComparison.Ordinal)))
            {
                handlers[type] = new ClientEntry(name, ExternalClientCatalog.ConfiguredFamily, ClientRole.Handler);
            }
            else
            {
                clients[type] = new ClientEntry(name, ExternalClientCatalog.ConfiguredFamily);
            }
        }

        // The application's own event bus over a broker, and the handler interfaces its messages are delivered through.
        var libraries = new Libraries();
        var (buses, busHandlers) = MessagingAbstractions.Find(compilation, libraries);
        foreach (var bus in buses)
        {
            if (!clients.ContainsKey(bus.Interface))
            {
                clients[bus.Interface] = new ClientEntry(bus.Interface.ToDisplayString(), bus.Broker + " through " + bus.Implementation);
            }
        }

        foreach (var (handler, bus) in busHandlers)
        {
            if (!handlers.ContainsKey(handler))
            {
                handlers[handler] = new ClientEntry(handler.ToDisplayString(), bus.Broker + " through " + bus.Interface.Name, ClientRole.Handler, "handles");
            }
        }

        return new ExternalClients(clients, handlers, compilation.GetTypeByMetadataName(ExternalClientCatalog.RefitHttpMethodAttribute), new SdkClients(compilation, libraries), compilation.Assembly);
    }

    /// <summary>
    /// The names of the types that are clients without being named like one — the project's own (a subclass of
    /// HttpClient, a Refit API) and the public ones of the libraries the catalog's clients come from
    /// (<c>IBusControl</c>, <c>ServiceBusSessionReceiver</c>, Kiota's <c>HttpClientRequestAdapter</c>) — and of their
    /// methods and properties that return one (<c>var erp = ErpConnections.Open()</c>, Kafka's
    /// <c>ProducerBuilder.Build()</c>), read once from declarations.
    /// </summary>
    private HashSet<string> ClientTypesOf(IAssemblySymbol project)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var libraries = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { project };
        foreach (var client in _clients.Keys)
        {
            if (client.ContainingAssembly is { } library)
            {
                libraries.Add(library);
            }
        }

        foreach (var type in libraries.SelectMany(library => Common.DeclaredTypes.In(library.GlobalNamespace)))
        {
            var own = SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, project);
            if (!own && type.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            if (MatchUse(type) is not null)
            {
                names.Add(type.Name);
            }

            foreach (var member in type.GetMembers())
            {
                var returned = member switch
                {
                    _ when !own && member.DeclaredAccessibility != Accessibility.Public => null,
                    IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } method => method.ReturnType,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (returned is not null && MatchUse(returned) is not null)
                {
                    names.Add(member.Name);
                }
            }
        }

        return names;
    }

    /// <summary>Whether the type is itself in the catalog, e.g. a wrapper named in <c>integration_contracts.external_client_types</c>: its users are the integrations.</summary>
    public bool IsCatalogClient(INamedTypeSymbol type) => _clients.ContainsKey(type.OriginalDefinition);

    /// <summary>
    /// The client a field, property, parameter or local of this type holds: the type itself, a base class or an
    /// implemented client interface, a Refit API, or a client inside an array, collection, <c>Lazy</c>, task or delegate.
    /// </summary>
    public ClientUse? MatchUse(ITypeSymbol type)
    {
        if (_uses.TryGetValue(type, out var cached))
        {
            return cached.Use;
        }

        var use = MatchUse(type, 0);
        _uses.TryAdd(type, new Cached(use));
        return use;
    }

    /// <summary>A catalog client class that <paramref name="type"/> derives from (not the type itself), e.g. WCF's <c>ClientBase&lt;T&gt;</c>.</summary>
    public ClientUse? MatchBaseClass(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (_clients.TryGetValue(current.OriginalDefinition, out var entry))
            {
                return new ClientUse(current, entry);
            }
        }

        return null;
    }

    /// <summary>The first message-handler interface <paramref name="type"/> implements, and the message type it handles.</summary>
    public (ClientEntry Entry, ITypeSymbol Message)? MatchHandler(INamedTypeSymbol type)
    {
        if (_handlers.Count == 0)
        {
            return null;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.TypeArguments.Length == 1 && _handlers.TryGetValue(implemented.OriginalDefinition, out var entry))
            {
                return (entry, implemented.TypeArguments[0]);
            }
        }

        return null;
    }

    private ClientUse? MatchUse(ITypeSymbol type, int depth) =>
        MatchDirect(type) ?? (depth < MaxUnwrapDepth ? MatchContained(type, depth + 1) : null);

    private ClientUse? MatchDirect(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (_direct.TryGetValue(type, out var cached))
        {
            return cached.Use;
        }

        var use = MatchType(type);
        _direct.TryAdd(type, new Cached(use));
        return use;
    }

    private ClientUse? MatchType(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        for (INamedTypeSymbol? current = named; current is not null; current = current.BaseType)
        {
            if (_clients.TryGetValue(current.OriginalDefinition, out var entry))
            {
                return new ClientUse(type, entry);
            }
        }

        if (named.TypeKind == TypeKind.Interface && _clients.TryGetValue(named.OriginalDefinition, out var own))
        {
            return new ClientUse(type, own);
        }

        foreach (var implemented in named.AllInterfaces)
        {
            if (_clients.TryGetValue(implemented.OriginalDefinition, out var entry))
            {
                return new ClientUse(type, entry);
            }
        }

        return named.TypeKind == TypeKind.Interface && IsRefitApi(named) ? new ClientUse(type, _refitEntry) : _sdkClients.Match(named);
    }

    private ClientUse? MatchContained(ITypeSymbol type, int depth)
    {
        if (type is IArrayTypeSymbol array)
        {
            return MatchUse(array.ElementType, depth);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && IsContainer(generic))
        {
            foreach (var argument in generic.TypeArguments)
            {
                if (MatchUse(argument, depth) is { } use)
                {
                    return use;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Generic types that hold or yield their type arguments (collections, <c>Lazy&lt;T&gt;</c>, tasks, delegates), as opposed
    /// to ones that are only named after them (<c>ILogger&lt;T&gt;</c>, <c>IOptions&lt;T&gt;</c>).
    /// </summary>
    private static bool IsContainer(INamedTypeSymbol generic)
    {
        if (generic.TypeKind == TypeKind.Delegate)
        {
            return true;
        }

        var definition = generic.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return true;
        }

        foreach (var implemented in definition.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return definition.ContainingNamespace?.ToDisplayString() switch
        {
            "System" => definition.Name == "Lazy",
            "System.Threading.Tasks" => definition.Name is "Task" or "ValueTask",
            _ => false,
        };
    }

    private bool IsRefitApi(INamedTypeSymbol api)
    {
        if (_refitHttpMethodAttribute is null)
        {
            return false;
        }

        return _refitApis.GetOrAdd(api, candidate =>
        {
            if (HasRefitMethod(candidate))
            {
                return true;
            }

            foreach (var inherited in candidate.AllInterfaces)
            {
                if (HasRefitMethod(inherited))
                {
                    return true;
                }
            }

            return false;
        });
    }

    private bool HasRefitMethod(INamedTypeSymbol api)
    {
        foreach (var member in api.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, _refitHttpMethodAttribute))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A cache slot; <see cref="Use"/> is <see langword="null"/> for "not a client".</summary>
    private readonly struct Cached
    {
        public Cached(ClientUse? use) => Use = use;

        public ClientUse? Use { get; }
    }
}
