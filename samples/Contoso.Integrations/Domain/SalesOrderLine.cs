namespace Contoso.Integrations.Domain;

/// <summary>One line of a <see cref="SalesOrder"/>.</summary>
/// <param name="ItemNo">The ERP item number (the shop's SKU is kept identical on purpose).</param>
/// <param name="Quantity">Ordered quantity in the item's base unit of measure.</param>
/// <param name="UnitPrice">Price per unit, excluding VAT, in the order's currency.</param>
public sealed record SalesOrderLine(string ItemNo, decimal Quantity, decimal UnitPrice)
{
    /// <summary>Quantity times unit price, excluding VAT.</summary>
    public decimal LineAmount => Quantity * UnitPrice;
}
