namespace Contoso.Integrations.Domain;

/// <summary>One item to pick for a <see cref="Shipment"/>.</summary>
/// <param name="ItemNo">The item number, identical to the 3PL's SKU.</param>
/// <param name="Quantity">Quantity in the item's base unit of measure.</param>
public sealed record ShipmentLine(string ItemNo, decimal Quantity);
