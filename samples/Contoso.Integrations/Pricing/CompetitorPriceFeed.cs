using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.Integrations.Pricing;

/// <summary>Reads competitors' current prices from a price-comparison service, so merchandising can react to undercuts.</summary>
/// <remarks>
/// DELIBERATELY UNMARKED: this class calls an external system but has no [Integration], so the build shows IC0010
/// for it: the kind of glue code nobody owns until it breaks. Do not "fix" it; the sample keeps it as the example.
/// </remarks>
public sealed class CompetitorPriceFeed
{
    private readonly HttpClient _priceService;

    /// <summary>Creates the feed over the price-comparison service's API client.</summary>
    /// <param name="priceService">Client for the price-comparison API, with the API key set as a default header.</param>
    public CompetitorPriceFeed(HttpClient priceService) =>
        _priceService = priceService ?? throw new ArgumentNullException(nameof(priceService));

    /// <summary>Gets the lowest competitor price per item number.</summary>
    /// <param name="itemNos">The ERP item numbers (the service knows them as SKUs).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lowest offer per item; items nobody else sells are missing.</returns>
    public async Task<IReadOnlyDictionary<string, decimal>> LowestPricesAsync(IEnumerable<string> itemNos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemNos);
        string query = "v2/offers/lowest?skus=" + Uri.EscapeDataString(string.Join(',', itemNos));
        IReadOnlyList<LowestOffer> offers = await _priceService
            .GetFromJsonAsync<IReadOnlyList<LowestOffer>>(query, cancellationToken)
            .ConfigureAwait(false) ?? Array.Empty<LowestOffer>();

        var lowest = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (LowestOffer offer in offers)
        {
            lowest[offer.Sku] = decimal.Parse(offer.Price, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        return lowest;
    }

    // The service sends prices as strings in EUR, without VAT.
    private sealed record LowestOffer(
        [property: JsonPropertyName("sku")] string Sku,
        [property: JsonPropertyName("price")] string Price);
}
