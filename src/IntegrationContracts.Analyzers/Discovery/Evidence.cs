using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>Why IC0010 believes a type talks to an external system, as the message says it, and where the code shows it.</summary>
internal sealed class Evidence
{
    private Evidence(string description, Location location)
    {
        Description = description;
        Location = location;
    }

    /// <summary>E.g. <c>uses HttpClient</c>, <c>consumes OrderPlaced via MassTransit</c>.</summary>
    public string Description { get; }

    public Location Location { get; }

    public static Evidence Uses(ClientUse client, Location location) => new("uses " + client.Describe(), location);

    public static Evidence Creates(ClientUse client, Location location) => new("creates " + client.Describe(), location);

    public static Evidence DerivesFrom(ClientUse client, Location location) => new("derives from " + client.Describe(), location);

    public static Evidence Handles(ClientEntry handler, ITypeSymbol message, Location location) =>
        new((handler.Verb ?? "handles") + " " + ClientUse.Display(message) + " via " + handler.Family, location);

    /// <summary>An inbound webhook: it accepts a third party's callback and checks where it came from.</summary>
    public static Evidence ReceivesWebhooks(string how, Location location) => new("receives webhooks: it " + how, location);

    /// <summary>A driver: it runs an integration it depends on (<c>runs RateFetcher, which uses HttpClient</c>).</summary>
    public static Evidence Runs(INamedTypeSymbol integration, string why, Location location) =>
        new("runs " + ClientUse.Display(integration) + ", which " + why, location);

    /// <summary>The evidence of a base class, seen from a type that derives from it.</summary>
    public Evidence InheritedFrom(INamedTypeSymbol baseType, Location location) =>
        new(Description + ", inherited from " + ClientUse.Display(baseType), location);

    /// <summary>Orders body evidence by position, so the message does not depend on the order the analysis ran in.</summary>
    public bool ComesBefore(Evidence other)
    {
        var path = string.CompareOrdinal(Location.SourceTree?.FilePath, other.Location.SourceTree?.FilePath);
        return path < 0 || (path == 0 && Location.SourceSpan.Start < other.Location.SourceSpan.Start);
    }
}
