using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Catalog;

/// <summary>Pushes stock levels to the web shop so it stops selling what the warehouse does not have.</summary>
/// <remarks>
/// DELIBERATELY FLAWED for the sample build: copied from <see cref="ItemPriceExport"/> and the name was never changed
/// (IC0006); the runbook is a placeholder, not a link (IC0005); a failed push is swallowed (IC0011); and the "alert hook" is a plain SMS sender (IC0014, lowered to a
/// warning in this sample's .editorconfig so the build can show every rule).
/// </remarks>
[Integration("erp-items-to-shop", Source = "Business Central", Target = "Shopify", Process = "Catalog")]
[IntegrationOwner("erp-team", Runbook = "see the wiki")]
[RetryPolicy(2)]
[AlertHook(typeof(SmsGateway))]
public sealed class StockLevelExport
{
    private readonly HttpClient _shop;

    /// <summary>Creates the export over the shop's admin API client.</summary>
    /// <param name="shop">Client for the shop's admin API.</param>
    public StockLevelExport(HttpClient shop) => _shop = shop ?? throw new ArgumentNullException(nameof(shop));

    /// <summary>Sends one item's available quantity.</summary>
    /// <param name="item">The item.</param>
    /// <param name="available">Quantity available to sell.</param>
    /// <param name="cancellationToken">Cancels the push.</param>
    /// <returns>A task that completes when the push was attempted.</returns>
    public async Task PushAsync(Item item, decimal available, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _shop.PutAsJsonAsync($"admin/api/stock/{Uri.EscapeDataString(item.ItemNo)}", new { available }, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
        catch (HttpRequestException)
        {
            // "The next run will fix it" - until the shop oversells for a whole night.
        }
    }
}
