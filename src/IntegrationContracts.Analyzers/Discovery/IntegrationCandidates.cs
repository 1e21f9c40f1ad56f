using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Which types IC0010 looks at: concrete classes and structs written in source, not ignored by the options and not
/// one of the look-alikes that touch clients without being integrations (see <see cref="DiscoverySymbols"/>); and
/// which of them are already marked [Integration].
/// Interfaces and abstract bases are never reported: their concrete implementations and subclasses are.
/// </summary>
internal sealed class IntegrationCandidates
{
    private readonly INamedTypeSymbol _integrationAttribute;
    private readonly DiscoverySymbols _discovery;
    private readonly IgnoredTypes _ignored;

    public IntegrationCandidates(INamedTypeSymbol integrationAttribute, DiscoverySymbols discovery, IgnoredTypes ignored)
    {
        _integrationAttribute = integrationAttribute;
        _discovery = discovery;
        _ignored = ignored;
    }

    public bool IsCandidate(INamedTypeSymbol type)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || type.IsAbstract
            || type.IsImplicitlyDeclared
            || type.IsImplicitClass
            || type.IsScriptClass
            || IsTopLevelProgram(type)
            || !HasSourceDeclaration(type))
        {
            return false;
        }

        return !DiscoverySymbols.IsOrInherits(type, _discovery.ExcludedBaseTypes)
            && !_ignored.Contains(type);
    }

    /// <summary>
    /// The <c>Program</c> the compiler makes of top-level statements (with any <c>partial class Program</c> merged in): no
    /// attribute can be put on it, so reporting it could only be suppressed. Its entry point is named <c>&lt;Main&gt;$</c>.
    /// </summary>
    private static bool IsTopLevelProgram(INamedTypeSymbol type) =>
        type.ContainingType is null && type.Name == "Program" && type.GetMembers(WellKnownMemberNames.TopLevelStatementsEntryPointMethodName).Length > 0;

    /// <summary>
    /// Whether <c>[Integration]</c> is already on the type, one of its methods, an outer type (or its methods) or a base
    /// class. Asked only once a type shows evidence, so most types never have their members' attributes read.
    /// </summary>
    public bool IsMarked(INamedTypeSymbol type)
    {
        for (var outer = type; outer is not null; outer = outer.ContainingType)
        {
            if (HasIntegration(outer) || HasIntegrationMember(outer))
            {
                return true;
            }
        }

        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
        {
            if (HasIntegration(baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasIntegrationMember(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && HasIntegration(method))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasIntegration(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _integrationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSourceDeclaration(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }
}
