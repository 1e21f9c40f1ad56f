using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using RestSharp;

namespace LabelledSet.HttpOtherClients;

public interface ICarrierApi
{
    [Post("/labels")]
    Task<CarrierLabel> CreateLabelAsync([Body] LabelRequest request);
}

// IC0010: no (request model)
public sealed record LabelRequest(string ShipmentNo, string Country, decimal WeightKg);

// IC0010: no (response model)
public sealed record CarrierLabel(string TrackingNo, string PdfUrl);

// IC0010: yes (calls the carrier through a Refit API)
public sealed class CarrierLabelService(ICarrierApi carrier)
{
    public Task<CarrierLabel> LabelAsync(string shipmentNo) => carrier.CreateLabelAsync(new LabelRequest(shipmentNo, "DE", 1.2m));
}

// IC0010: yes (RestSharp client for the accounting system)
public sealed class AccountingApi : IDisposable
{
    private readonly RestClient _client = new("https://accounting.contoso.example/api");

    public Task<RestResponse> PostInvoiceAsync(object invoice) => _client.ExecutePostAsync(AccountingRequests.Invoice(invoice));

    public void Dispose() => _client.Dispose();
}

// IC0010: no (builds RestSharp requests; the caller sends them)
public static class AccountingRequests
{
    public static RestRequest Invoice(object invoice) => new RestRequest("invoices").AddJsonBody(invoice);
}

// IC0010: no (abstract base: its concrete marketplaces are the integrations)
public abstract class MarketplaceClientBase
{
    protected MarketplaceClientBase(HttpClient http) => Http = http;
    protected HttpClient Http { get; }
    public abstract Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken);
}

// IC0010: yes (marketplace API client, HttpClient inherited from the base)
public sealed class AmazonMarketplaceClient(HttpClient http) : MarketplaceClientBase(http)
{
    public override async Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken) =>
        (await Http.GetStringAsync("orders/v0/orders", cancellationToken)).Split(',');
}

// IC0010: yes (marketplace API client, HttpClient inherited from the base)
public sealed class EbayMarketplaceClient : MarketplaceClientBase
{
    public EbayMarketplaceClient(IServiceProvider services) : base((HttpClient)services.GetService(typeof(HttpClient))!) { }

    public override async Task<IReadOnlyList<string>> NewOrderIdsAsync(CancellationToken cancellationToken) =>
        (await Http.GetStringAsync("sell/fulfillment/v1/order", cancellationToken)).Split(',');
}

// IC0010: no (helpers over a caller's response)
public static class HttpResponseExtensions
{
    public static async Task<string> ReadProblemAsync(this HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? "" : await response.Content.ReadAsStringAsync();
}

// IC0010: yes (nightly sync job; gets its client per call, which the analyzer leaves to the caller)
public static class NightlyStockSync
{
    public static async Task RunAsync(HttpClient erp, HttpClient shop, CancellationToken cancellationToken)
    {
        string stock = await erp.GetStringAsync("stock", cancellationToken);
        using var response = await shop.PostAsync("inventory_levels/set.json", new StringContent(stock, Encoding.UTF8, "application/json"), cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}

// IC0010: no (log-shipping sink: infrastructure that happens to post over HTTP, not business integration)
public sealed class SeqHttpSink : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("http://seq.internal:5341") };

    public Task EmitAsync(string clefEvent) => _http.PostAsync("api/events/raw?clef", new StringContent(clefEvent));

    public void Dispose() => _http.Dispose();
}

// IC0010: no (reads a local file; not an external system)
public sealed class PriceListFileReader
{
    public string[] Read(string path) => File.ReadAllLines(path);
}
