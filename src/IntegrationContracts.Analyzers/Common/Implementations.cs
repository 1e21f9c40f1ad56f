using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>The concrete classes an assembly declares, by every interface they implement (generic definitions); built once, on first use, by its callers.</summary>
internal static class Implementations
{
    public static ILookup<ISymbol, INamedTypeSymbol> Index(IAssemblySymbol assembly)
    {
        var pairs = new List<(ISymbol Interface, INamedTypeSymbol Type)>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type)
                {
                    pairs.AddRange(type.AllInterfaces.Select(i => ((ISymbol)i.OriginalDefinition, type)));
                }
            }
        }

        return pairs.ToLookup(p => p.Interface, p => p.Type, SymbolEqualityComparer.Default);
    }
}
