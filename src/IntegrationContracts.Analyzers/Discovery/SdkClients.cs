using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Clients of vendor SDKs that are not in the catalog, recognised by what they are rather than by name: a class or
/// interface from a referenced library that brings its own network stack (<see cref="Libraries"/>), named as a client
/// is (<c>…Client</c>, <c>…Gateway</c>, <c>…Api</c>, <c>…Service</c>, <c>…Provider</c>, <c>…Sender</c>), with asynchronous
/// operations of its own or one property away (<c>gateway.Transaction.SaleAsync</c>) — so the SDK's option and result
/// types are not clients. Only libraries that come from a package count: a project reference is the application's
/// own code (its services use HttpClient too, and are integrations or not on their own account).
/// </summary>
internal sealed class SdkClients
{
    /// <summary>The words an SDK's client types end with.</summary>
    public static readonly string[] ClientSuffixes = { "Client", "Gateway", "Api", "Service", "Provider", "Sender" };

    private readonly Libraries _libraries;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isClient = new(SymbolEqualityComparer.Default);

    public SdkClients(Compilation compilation, Libraries libraries)
    {
        _libraries = libraries;
        _compilation = compilation;
    }

    public ClientUse? Match(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        return _isClient.GetOrAdd(definition, IsClient)
            ? new ClientUse(type, new ClientEntry(definition.ToDisplayString(), definition.ContainingAssembly.Identity.Name))
            : null;
    }

    private bool IsClient(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Interface
        && type.ContainingAssembly is { } assembly
        && ClientSuffixes.Any(suffix => type.Name.EndsWith(suffix, StringComparison.Ordinal))
        && IsFromPackage(assembly)
        && _libraries.BringsNetworkStack(assembly)
        && (HasAsyncOperations(type) || type.GetMembers().OfType<IPropertySymbol>().Any(p => p.Type is INamedTypeSymbol inner && HasAsyncOperations(inner)));

    /// <summary>A package's assembly lies under its <c>lib/</c> or <c>ref/</c> folder; a project's output under <c>bin/</c> or <c>obj/</c>.</summary>
    private bool IsFromPackage(IAssemblySymbol assembly)
    {
        if (_compilation.GetMetadataReference(assembly) is not PortableExecutableReference { FilePath: { } path })
        {
            return false;
        }

        var segments = path.Split('/', '\\');
        return segments.Any(s => s is "lib" or "ref") && !segments.Any(s => s is "bin" or "obj");
    }

    private static bool HasAsyncOperations(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && IsAwaitable(m.ReturnType));

    private static bool IsAwaitable(ITypeSymbol type) =>
        type.Name is "Task" or "ValueTask" && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
}
