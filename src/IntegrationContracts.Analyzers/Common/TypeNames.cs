using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>How the manifest and the generated code name types.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat DisplayFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable);

    /// <summary>The full name people read, e.g. <c>Contoso.Sync.Outer&lt;T&gt;.Inner</c>.</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(DisplayFormat);

    /// <summary>
    /// A name generated code in the same assembly can put in <c>typeof(...)</c> (generic types unbound, e.g.
    /// <c>global::Ns.Outer&lt;&gt;.Inner</c>), or <see langword="null"/> when it cannot: private or protected nested
    /// types, file-local types, types that do not bind.
    /// </summary>
    public static string? TypeOfName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || !IsNameableFromAssembly(named))
        {
            return null;
        }

        var builder = new StringBuilder();
        Append(builder, named.OriginalDefinition);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } container)
        {
            Append(builder, container);
            builder.Append('.');
        }
        else
        {
            builder.Append("global::");
            if (!type.ContainingNamespace.IsGlobalNamespace)
            {
                foreach (var part in type.ContainingNamespace.ToDisplayString().Split('.'))
                {
                    builder.Append(Identifier(part)).Append('.');
                }
            }
        }

        builder.Append(Identifier(type.Name));
        if (type.Arity > 0)
        {
            builder.Append('<').Append(',', type.Arity - 1).Append('>');
        }
    }

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static bool IsNameableFromAssembly(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
