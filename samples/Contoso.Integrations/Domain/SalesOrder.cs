using IntegrationContracts;
using System;
using System.Collections.Generic;
using System.Linq;

namespace Contoso.Integrations.Domain;

/// <summary>A customer order, from capture in the web shop to release in the ERP.</summary>
/// <param name="OrderNo">The order number the customer sees (the shop's order name without '#').</param>
/// <param name="CustomerNo">The ERP customer number of the sell-to customer.</param>
/// <param name="OrderDate">The day the customer placed the order.</param>
/// <param name="Currency">ISO 4217 currency code of all amounts on the order.</param>
/// <param name="Lines">The ordered items.</param>
// The shop masters an order while it is captured and paid; from then on the ERP does.
[SourceOfTruth("Shopify", Process = "Order-to-Cash")]
[SourceOfTruth("Business Central")]
public sealed record SalesOrder(
    string OrderNo,
    string CustomerNo,
    DateOnly OrderDate,
    string Currency,
    IReadOnlyList<SalesOrderLine> Lines)
{
    /// <summary>Sum of the line amounts, excluding VAT.</summary>
    public decimal TotalAmount => Lines.Sum(line => line.LineAmount);
}
