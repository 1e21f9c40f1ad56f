using IntegrationContracts;
using System;

namespace Contoso.Integrations.Domain;

/// <summary>A posted sales invoice.</summary>
/// <param name="InvoiceNo">The posted invoice number; unique and gap-free, as the tax authority requires.</param>
/// <param name="CustomerNo">The ERP customer number of the bill-to customer.</param>
/// <param name="OrderNo">The sales order the invoice was posted from, if any.</param>
/// <param name="PostingDate">The date the invoice was posted.</param>
/// <param name="DueDate">The date payment is due, from the customer's payment terms.</param>
/// <param name="Currency">ISO 4217 currency code of the amounts.</param>
/// <param name="AmountExclVat">The invoice total excluding VAT.</param>
/// <param name="VatAmount">The VAT charged.</param>
[SourceOfTruth("Business Central")]
public sealed record Invoice(
    string InvoiceNo,
    string CustomerNo,
    string? OrderNo,
    DateOnly PostingDate,
    DateOnly DueDate,
    string Currency,
    decimal AmountExclVat,
    decimal VatAmount)
{
    /// <summary>The amount the customer pays.</summary>
    public decimal AmountInclVat => AmountExclVat + VatAmount;
}
