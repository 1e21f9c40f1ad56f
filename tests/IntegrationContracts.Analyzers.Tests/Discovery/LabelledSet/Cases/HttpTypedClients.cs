using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LabelledSet.HttpTypedClients;

// IC0010: yes (typed HttpClient for the ERP's REST API)
public sealed class ErpClient(HttpClient http)
{
    public Task<ErpItemDto?> GetItemAsync(string itemNo, CancellationToken cancellationToken) =>
        http.GetFromJsonAsync<ErpItemDto>("items/" + Uri.EscapeDataString(itemNo), cancellationToken);
}

// IC0010: no (options class: configuration for the client, no traffic)
public sealed class ErpClientOptions
{
    public Uri BaseAddress { get; set; } = new("https://erp.contoso.example/api/");
    public string ApiKey { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

// IC0010: no (response DTO)
public sealed record ErpItemDto(string No, string Description, decimal UnitPrice);

// IC0010: no (domain service over the typed client: ErpClient is the integration)
public sealed class PricingService(ErpClient erp)
{
    public async Task<decimal> PriceWithVatAsync(string itemNo, CancellationToken cancellationToken) =>
        ((await erp.GetItemAsync(itemNo, cancellationToken))?.UnitPrice ?? 0m) * 1.19m;
}

// IC0010: no (mapper between ERP and shop models)
public static class ErpItemMapper
{
    public static KeyValuePair<string, decimal> ToPrice(ErpItemDto item) => new(item.No, item.UnitPrice);
}

// IC0010: yes (proxies the shop API through IHttpClientFactory)
public sealed class ShopProxyController(IHttpClientFactory clients)
{
    public async Task<string> GetOrderAsync(string id)
    {
        HttpClient shop = clients.CreateClient("shop");
        return await shop.GetStringAsync("admin/api/orders/" + id + ".json");
    }
}
