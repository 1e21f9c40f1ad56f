using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// An application's own event bus over a broker: an interface (<c>IEventBus</c>) of a referenced library, implemented
/// there by a class that shows it hands messages to a broker. Classes that hold such a bus publish through the broker;
/// the handler interfaces declared next to it (<c>IIntegrationEventHandler&lt;T&gt;</c>) are how the broker's messages are
/// delivered. Found once per compilation from metadata; a bus written in the project itself is found by its own
/// broker client (the catalog).
/// </summary>
/// <remarks>
/// A library that references a broker client is not a sign by itself: a core library with one queue-backed service
/// has hundreds of entities, repositories and commands implementing its interfaces. What counts is the implementing
/// class's own public surface (what metadata shows of it): it takes or exposes a broker client
/// (<c>RabbitMQEventBus(IConnection connection)</c>), or it is named after its broker and the interface publishes
/// (<c>RabbitMQEventBus : IEventBus</c> with <c>PublishAsync</c>).
/// </remarks>
internal static class MessagingAbstractions
{
    /// <summary>Method names of an interface that hands a message on.</summary>
    private static readonly string[] PublishVerbs = { "Publish", "Send", "Produce", "Enqueue", "Dispatch" };

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

                var holdsBroker = HoldsBrokerClient(type);
                foreach (var implemented in type.Interfaces)
                {
                    var definition = implemented.OriginalDefinition;
                    if (!Libraries.IsPlumbing(definition.ContainingAssembly)
                        && !buses.ContainsKey(definition)
                        && (holdsBroker || (Libraries.IsNamedAfterBroker(type.Name, assembly) && Publishes(definition))))
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
                if (sibling.TypeKind == TypeKind.Interface && sibling.Arity == 1 && sibling.Name.EndsWith("Handler", StringComparison.Ordinal))
                {
                    handlers.Add((sibling, bus));
                }
            }
        }

        return (buses.Values.ToList(), handlers);
    }

    /// <summary>A public constructor parameter, field or property, or the base class, is a broker client's type.</summary>
    private static bool HoldsBrokerClient(INamedTypeSymbol type)
    {
        if (type.BaseType is { } baseType && Libraries.IsBroker(baseType.ContainingAssembly))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            var held = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor, DeclaredAccessibility: Accessibility.Public } constructor => constructor.Parameters.Select(p => p.Type),
                IFieldSymbol { DeclaredAccessibility: Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal } field => new[] { field.Type },
                IPropertySymbol { DeclaredAccessibility: Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal } property => new[] { property.Type },
                _ => Enumerable.Empty<ITypeSymbol>(),
            };
            if (held.Any(t => Libraries.IsBroker(t.ContainingAssembly)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The interface (or one it extends) has a method that hands a message on: <c>PublishAsync</c>, <c>Send</c>, …</summary>
    private static bool Publishes(INamedTypeSymbol @interface) =>
        @interface.GetMembers().Concat(@interface.AllInterfaces.SelectMany(i => i.GetMembers()))
            .OfType<IMethodSymbol>()
            .Any(method => PublishVerbs.Any(verb => method.Name.StartsWith(verb, StringComparison.Ordinal)));
}
