using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>A type as the code wrote it (<c>IProducer&lt;string, string&gt;</c>) and the catalog family it belongs to.</summary>
internal sealed class ClientUse
{
    private static readonly SymbolDisplayFormat Format = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public ClientUse(ITypeSymbol type, ClientEntry entry)
    {
        TypeName = Display(type);
        Family = entry.Family;
    }

    /// <summary>The client type as written, e.g. <c>Greeter.GreeterClient</c>.</summary>
    public string TypeName { get; }

    public string? Family { get; }

    /// <summary><c>HttpClient</c>, or <c>ServiceBusSender (Azure Service Bus)</c> when the name does not say the system.</summary>
    public string Describe() => Family is null ? TypeName : TypeName + " (" + Family + ")";

    public static string Display(ITypeSymbol type) => type.ToDisplayString(Format);
}
