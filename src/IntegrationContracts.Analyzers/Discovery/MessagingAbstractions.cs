using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// An application's own event bus over a broker: an interface (<c>IEventBus</c>) that a class of a referenced library
/// implements, where that library references a broker client (RabbitMQ, Azure Service Bus, Kafka, …). Classes that
/// hold such a bus publish through the broker; the handler interfaces declared next to it
/// (<c>IIntegrationEventHandler&lt;T&gt;</c>) are how the broker's messages are delivered. Found once per compilation from
/// metadata; a bus written in the project itself is found by its own broker client (the catalog).
/// </summary>
internal static class MessagingAbstractions
{
    public sealed record Bus(INamedTypeSymbol Interface, string Implementation, string Broker);

    public static (IReadOnlyList<Bus> Buses, IReadOnlyList<(INamedTypeSymbol Handler, Bus Bus)> Handlers) Find(Compilation compilation, Libraries libraries)
    {
        var buses = new Dictionary<INamedTypeSymbol, Bus>(SymbolEqualityComparer.Default);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, compilation.Assembly) || libraries.BrokerOf(assembly) is not { } broker)
            {
                continue;
            }

            foreach (var type in Common.DeclaredTypes.In(assembly.GlobalNamespace))
            {
                if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                foreach (var implemented in type.Interfaces)
                {
                    var definition = implemented.OriginalDefinition;
                    if (!Libraries.IsPlumbing(definition.ContainingAssembly) && !buses.ContainsKey(definition))
                    {
                        buses[definition] = new Bus(definition, type.Name, broker);
                    }
                }
            }
        }

        var handlers = new List<(INamedTypeSymbol, Bus)>();
        foreach (var bus in buses.Values)
        {
            foreach (var sibling in bus.Interface.ContainingNamespace.GetTypeMembers())
            {
                if (sibling.TypeKind == TypeKind.Interface && sibling.Arity == 1 && sibling.Name.EndsWith("Handler", System.StringComparison.Ordinal))
                {
                    handlers.Add((sibling, bus));
                }
            }
        }

        return (buses.Values.ToList(), handlers);
    }
}
