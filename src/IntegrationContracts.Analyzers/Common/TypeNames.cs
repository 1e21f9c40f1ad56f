using System.Text;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>How the manifest names types: for people, and for the run time to find them again.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat DisplayFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable);

    /// <summary>Whether the symbol is declared in the namespace or one under it (<c>MassTransit</c> covers <c>MassTransit.Configuration</c>).</summary>
    public static bool IsIn(ISymbol symbol, string rootNamespace)
    {
        var ns = symbol.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == rootNamespace || ns.StartsWith(rootNamespace + ".", System.StringComparison.Ordinal);
    }

    /// <summary>The full name people read, e.g. <c>Contoso.Sync.Outer&lt;T&gt;.Inner</c>.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(DisplayFormat);

    /// <summary>
    /// The assembly-qualified name <c>Type.GetType</c> understands, generic definitions unbound, e.g.
    /// <c>Contoso.Sync.Outer`1+Inner, Contoso.Sync</c>; <see langword="null"/> for a type that does not bind.
    /// Private and file-local types have one too: the run time looks them up in their own assembly.
    /// </summary>
    public static string? RuntimeName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || named.ContainingAssembly is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        Append(builder, named.OriginalDefinition);
        return builder.Append(", ").Append(named.ContainingAssembly.Name).ToString();
    }

    private static void Append(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } container)
        {
            Append(builder, container);
            builder.Append('+');
        }
        else if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            builder.Append(type.ContainingNamespace.ToDisplayString()).Append('.');
        }

        builder.Append(type.MetadataName);
    }
}
