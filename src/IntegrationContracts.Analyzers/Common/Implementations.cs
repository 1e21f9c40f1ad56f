using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>The concrete classes an assembly declares, by every interface they implement (generic definitions); built once, on first use, by its callers.</summary>
internal static class Implementations
{
    public static ILookup<ISymbol, INamedTypeSymbol> Index(IAssemblySymbol assembly) =>
        DeclaredTypes.In(assembly.GlobalNamespace)
            .Where(type => type is { TypeKind: TypeKind.Class, IsAbstract: false })
            .SelectMany(type => type.AllInterfaces.Select(i => (Interface: (ISymbol)i.OriginalDefinition, Type: type)))
            .ToLookup(p => p.Interface, p => p.Type, SymbolEqualityComparer.Default);
}
