namespace Contoso.Integrations.Domain;

/// <summary>A sellable item.</summary>
/// <param name="ItemNo">The ERP item number, also used as the SKU in the web shop and at the 3PL.</param>
/// <param name="Description">The description printed on orders and packing slips.</param>
/// <param name="BaseUnitOfMeasure">The unit quantities are counted in, e.g. <c>PCS</c>.</param>
/// <param name="UnitPrice">The list price excluding VAT, in EUR.</param>
/// <param name="Gtin">The barcode the 3PL scans at goods receipt, when the item has one.</param>
public sealed record Item(
    string ItemNo,
    string Description,
    string BaseUnitOfMeasure,
    decimal UnitPrice,
    string? Gtin = null);
