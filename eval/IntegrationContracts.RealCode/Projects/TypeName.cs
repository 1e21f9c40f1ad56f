using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.RealCode.Projects;

/// <summary>The names labels use for types: namespace-qualified metadata names, nested types after '+' (<c>Ns.Outer+Inner</c>, <c>Ns.Handler`1</c>).</summary>
internal static class TypeName
{
    public static string Of(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    /// <summary>The type whose declaration encloses a diagnostic's location, if any.</summary>
    public static string? At(Compilation compilation, Location location)
    {
        if (location.SourceTree is not { } tree || !compilation.SyntaxTrees.Contains(tree))
        {
            return null;
        }

        var declaration = tree.GetRoot().FindToken(location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration) is INamedTypeSymbol type ? Of(type) : null;
    }
}
