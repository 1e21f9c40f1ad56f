using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Catalog;

/// <summary>Publishes ERP item prices to the web shop every night.</summary>
/// <remarks>
/// DELIBERATELY FLAWED for the sample build: the owner "catalog-team" is not in integration-owners.json (IC0012) and has
/// no contact, on-call or runbook (IC0004); and it carries items but only alerts engineers (IC0013).
/// </remarks>
[Integration("erp-items-to-shop", Source = "Business Central", Target = "Shopify", Process = "Catalog",
             Objects = new[] { typeof(Item) },
             Description = "Nightly price list from the ERP to the web shop.")]
[IntegrationOwner("catalog-team")]
[RetryPolicy(3, Backoff = RetryBackoff.Linear)]
[AlertHook(typeof(TeamsChannelAlert))]
public sealed class ItemPriceExport
{
    private readonly HttpClient _shop;

    /// <summary>Creates the export over the shop's admin API client.</summary>
    /// <param name="shop">Client for the shop's admin API.</param>
    public ItemPriceExport(HttpClient shop) => _shop = shop ?? throw new ArgumentNullException(nameof(shop));

    /// <summary>Sends the prices of the given items.</summary>
    /// <param name="items">Items with their current sales price.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when the shop accepted every price.</returns>
    public async Task PublishAsync(IEnumerable<Item> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            using var response = await _shop.PutAsJsonAsync($"admin/api/prices/{Uri.EscapeDataString(item.ItemNo)}", item, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }
}
