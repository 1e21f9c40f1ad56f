using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Domain;
using IntegrationContracts;
using IntegrationContracts.Hosting;

namespace Contoso.Integrations.WebShop;

/// <summary>Imports paid web shop orders into the ERP as sales orders.</summary>
[Integration("shop-orders-to-erp", Source = "Shopify", Target = "Business Central", Process = "Order-to-Cash",
             Objects = new[] { typeof(SalesOrder) },
             Description = "Every 5 minutes, paid Shopify orders are created as sales orders in Business Central so the warehouse can ship them the same day.")]
[IntegrationOwner("erp-team", Contact = "erp@contoso.example", OnCall = "pagerduty:ERP",
                  Runbook = "https://wiki.contoso.example/runbooks/shop-orders")]
[RetryPolicy(5, Backoff = RetryBackoff.Exponential, DeadLetter = "shop-orders-dlq")]
[AlertHook(typeof(TeamsChannelAlert))]
[AlertHook(typeof(OrderDeskEmailAlert), Audience = AlertAudience.Business)]
[AlertHook(typeof(LoggerAlertHook))]
public sealed class ShopOrderImport
{
    // Guest checkouts have no shop customer; the ERP books them on one cash-sale customer.
    private const string GuestCustomerNo = "WEB-GUEST";

    private readonly HttpClient _shop;
    private readonly HttpClient _erp;

    /// <summary>Creates the import over two typed clients whose base addresses and credentials come from configuration.</summary>
    /// <param name="shop">Client for the Shopify Admin REST API.</param>
    /// <param name="erp">Client for the Business Central API of the Contoso company.</param>
    public ShopOrderImport(HttpClient shop, HttpClient erp)
    {
        _shop = shop ?? throw new ArgumentNullException(nameof(shop));
        _erp = erp ?? throw new ArgumentNullException(nameof(erp));
    }

    /// <summary>Imports the orders paid since <paramref name="since"/>.</summary>
    /// <param name="since">The high-water mark of the previous run.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>How many orders were sent to the ERP.</returns>
    public async Task<int> ImportAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Only paid orders: an unpaid one can still be cancelled in the shop and would need a reversal in the ERP.
        string query = "admin/api/2024-07/orders.json?status=any&financial_status=paid&limit=250&updated_at_min="
            + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture));
        ShopOrderPage page = await _shop.GetFromJsonAsync<ShopOrderPage>(query, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Shopify returned an empty body for the order list.");

        foreach (ShopOrder shopOrder in page.Orders)
        {
            SalesOrder order = ToSalesOrder(shopOrder);

            // PUT keyed by the shop's order number: a retried run updates the order instead of creating it twice.
            using HttpResponseMessage response = await _erp
                .PutAsJsonAsync("salesOrders/" + Uri.EscapeDataString(order.OrderNo), order, cancellationToken)
                .ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }

        return page.Orders.Count;
    }

    private static SalesOrder ToSalesOrder(ShopOrder shopOrder) => new(
        OrderNo: shopOrder.Name.TrimStart('#'),
        // The ERP keeps shop customers under their Shopify id, so no lookup round-trip is needed per order.
        CustomerNo: shopOrder.Customer is null ? GuestCustomerNo : "SHOP-" + shopOrder.Customer.Id.ToString(CultureInfo.InvariantCulture),
        OrderDate: DateOnly.FromDateTime(shopOrder.CreatedAt.UtcDateTime),
        Currency: shopOrder.Currency,
        Lines: shopOrder.LineItems.Select(item => new SalesOrderLine(item.Sku, item.Quantity, item.Price)).ToList());

    private sealed record ShopOrderPage(
        [property: JsonPropertyName("orders")] IReadOnlyList<ShopOrder> Orders);

    private sealed record ShopOrder(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
        [property: JsonPropertyName("currency")] string Currency,
        [property: JsonPropertyName("customer")] ShopCustomer? Customer,
        [property: JsonPropertyName("line_items")] IReadOnlyList<ShopLineItem> LineItems);

    private sealed record ShopCustomer(
        [property: JsonPropertyName("id")] long Id);

    // Shopify sends money as strings ("19.90") to avoid floating-point rounding.
    private sealed record ShopLineItem(
        [property: JsonPropertyName("sku")] string Sku,
        [property: JsonPropertyName("quantity")] int Quantity,
        [property: JsonPropertyName("price"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] decimal Price);
}
