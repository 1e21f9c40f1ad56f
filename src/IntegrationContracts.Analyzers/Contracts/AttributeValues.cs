using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Reads attribute arguments defensively: half-typed code gives missing arguments, wrong types and error
/// constants, and each of those reads as "not given" instead of throwing.
/// </summary>
internal static class AttributeValues
{
    public static string? ConstructorString(this AttributeData attribute, int index) =>
        attribute.ConstructorArgument(index) is { Kind: TypedConstantKind.Primitive, Value: string value } ? value : null;

    public static int? ConstructorInt32(this AttributeData attribute, int index) =>
        attribute.ConstructorArgument(index) is { Kind: TypedConstantKind.Primitive, Value: int value } ? value : null;

    public static ITypeSymbol? ConstructorType(this AttributeData attribute, int index) =>
        attribute.ConstructorArgument(index) is { Kind: TypedConstantKind.Type, Value: ITypeSymbol value } ? value : null;

    public static string? NamedString(this AttributeData attribute, string name) =>
        attribute.NamedArgument(name) is { Kind: TypedConstantKind.Primitive, Value: string value } ? value : null;

    public static int? NamedEnum(this AttributeData attribute, string name) =>
        attribute.NamedArgument(name) is { Kind: TypedConstantKind.Enum, Value: int value } ? value : null;

    public static ITypeSymbol? NamedType(this AttributeData attribute, string name) =>
        attribute.NamedArgument(name) is { Kind: TypedConstantKind.Type, Value: ITypeSymbol value } ? value : null;

    /// <summary>The types of a <c>Type[]</c> named argument, skipping elements that do not bind.</summary>
    public static ImmutableArray<ITypeSymbol> NamedTypes(this AttributeData attribute, string name)
    {
        if (attribute.NamedArgument(name) is not { Kind: TypedConstantKind.Array, IsNull: false } array)
        {
            return ImmutableArray<ITypeSymbol>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<ITypeSymbol>(array.Values.Length);
        foreach (var element in array.Values)
        {
            if (element is { Kind: TypedConstantKind.Type, Value: ITypeSymbol type } && type.TypeKind != TypeKind.Error)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

    private static TypedConstant? ConstructorArgument(this AttributeData attribute, int index) =>
        index < attribute.ConstructorArguments.Length ? attribute.ConstructorArguments[index] : null;

    private static TypedConstant? NamedArgument(this AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
