using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// What a type depends on, read from its declarations: the types it receives (instance constructor parameters) and
/// holds (fields it declares, and optionally properties), each with where it is written.
/// </summary>
internal static class TypeDependencies
{
    public static IEnumerable<(ITypeSymbol Type, Location? Location)> Of(INamedTypeSymbol type, bool includeProperties = false)
    {
        foreach (var parameter in type.InstanceConstructors.SelectMany(c => c.Parameters))
        {
            yield return (parameter.Type, parameter.Locations.FirstOrDefault());
        }

        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                // Auto-property backing fields are implicit; the property stands for them.
                case IFieldSymbol { IsImplicitlyDeclared: false } field:
                    yield return (field.Type, field.Locations.FirstOrDefault());
                    break;
                case IPropertySymbol property when includeProperties:
                    yield return (property.Type, property.Locations.FirstOrDefault());
                    break;
            }
        }
    }
}
