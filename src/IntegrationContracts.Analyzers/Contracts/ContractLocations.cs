using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>Where diagnostics about a contract go.</summary>
internal static class ContractLocations
{
    /// <summary>
    /// The identifier of the integration's type or method. For a partial type this is the declaration that
    /// carries <c>[Integration]</c>, so the squiggle appears where the contract is written.
    /// </summary>
    public static Location IdentifierOf(IntegrationContract contract, CancellationToken cancellationToken)
    {
        var declaration = contract.Integration.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken)?.Parent?.Parent;
        return declaration switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.GetLocation(),
            MethodDeclarationSyntax method => method.Identifier.GetLocation(),
            _ => contract.Symbol.Locations.Length > 0 ? contract.Symbol.Locations[0] : Location.None,
        };
    }

    /// <summary>The attribute as written, for diagnostics about one declaration.</summary>
    public static Location Of(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;

    /// <summary>A constructor argument of the attribute as written (by position), or the attribute when it is missing.</summary>
    public static Location OfArgument(AttributeData attribute, int index, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        var position = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is null && argument.NameColon is null && position++ == index)
            {
                return argument.GetLocation();
            }
        }

        return syntax.GetLocation();
    }

    /// <summary>A named argument of the attribute as written (<c>Name = value</c>), or the attribute when it is missing.</summary>
    public static Location OfArgument(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.GetLocation();
            }
        }

        return syntax.GetLocation();
    }
}
