namespace Contoso.Integrations.Domain;

/// <summary>The delivery address of a <see cref="Shipment"/>.</summary>
/// <param name="Name">Recipient name on the label.</param>
/// <param name="Street">Street and house number.</param>
/// <param name="PostCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
public sealed record ShipToAddress(string Name, string Street, string PostCode, string City, string CountryCode);
