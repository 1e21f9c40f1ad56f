using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 over HTTP clients: HttpClient, IHttpClientFactory, WebClient/WebRequest, RestSharp and Refit APIs.</summary>
public sealed class IC0010HttpClientTests
{
    [Fact]
    public Task HttpClient_field_is_reported_with_the_evidence_in_the_message() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class {|#0:PriceFeed|}
            {
                private readonly HttpClient _http;
                public PriceFeed(HttpClient http) => _http = http;
                public Task<string> LatestAsync() => _http.GetStringAsync("prices/latest");
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("PriceFeed", "uses HttpClient") });

    [Fact]
    public Task HttpClient_constructor_parameter_alone_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public sealed class {|IC0010:ErpCustomerPush|}(HttpClient http)
            {
                public System.Threading.Tasks.Task PushAsync() => http.PostAsync("customers", null);
            }
            """);

    [Fact]
    public Task HttpClient_property_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public sealed class {|IC0010:WarehouseApi|}
            {
                public required HttpClient Client { get; init; }
            }
            """);

    [Fact]
    public Task Static_shared_HttpClient_makes_a_static_class_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public static class {|IC0010:SlackNotifier|}
            {
                private static readonly HttpClient Client = new();
                public static Task SendAsync(string text) => Client.PostAsync("https://hooks.slack.example/x", new StringContent(text));
            }
            """);

    [Fact]
    public Task Local_HttpClient_created_in_a_method_is_reported_as_created() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class {|#0:ExchangeRates|}
            {
                public async Task<string> FetchAsync()
                {
                    return await new HttpClient().GetStringAsync("https://rates.example/eur");
                }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ExchangeRates", "creates HttpClient") });

    [Fact]
    public Task HttpClient_from_a_factory_in_a_local_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class {|#0:CarrierTracking|}(IServiceProvider services)
            {
                public async Task<string> TrackAsync(string parcel)
                {
                    var factory = (IHttpClientFactory)services.GetService(typeof(IHttpClientFactory))!;
                    HttpClient client = factory.CreateClient("carrier");
                    return await client.GetStringAsync("track/" + parcel);
                }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("CarrierTracking", "uses IHttpClientFactory") });

    [Fact]
    public Task IHttpClientFactory_constructor_parameter_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;

            public sealed class {|#0:ShopCatalogSync|}
            {
                private readonly IHttpClientFactory _clients;
                public ShopCatalogSync(IHttpClientFactory clients) => _clients = clients;
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ShopCatalogSync", "uses IHttpClientFactory") });

    [Fact]
    public Task Legacy_WebClient_and_WebRequest_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            #pragma warning disable SYSLIB0014
            using System.Net;

            public sealed class {|IC0010:LegacyPriceDownload|}
            {
                public string Download() { using var client = new WebClient(); return client.DownloadString("https://prices.example/today.csv"); }
            }

            public sealed class {|IC0010:LegacyStatusCheck|}
            {
                public HttpStatusCode Check()
                {
                    var request = (HttpWebRequest)WebRequest.Create("https://erp.example/status");
                    return HttpStatusCode.OK;
                }
            }
            """);

    [Fact]
    public Task RestSharp_client_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using RestSharp;

            public sealed class {|#0:InvoiceApi|}
            {
                private readonly RestClient _client = new("https://accounting.example/api");
                public Task<RestResponse> GetAsync(string id) => _client.ExecuteGetAsync(new RestRequest("invoices/" + id));
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("InvoiceApi", "uses RestClient (RestSharp)") });

    [Fact]
    public Task RestSharp_interface_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using RestSharp;

            public sealed class {|IC0010:CrmContacts|}(IRestClient client)
            {
                public IRestClient Client { get; } = client;
            }
            """);

    [Fact]
    public Task Building_RestSharp_requests_without_a_client_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using RestSharp;

            public sealed class InvoiceRequests
            {
                public RestRequest ById(string id) => new RestRequest("invoices/{id}").AddUrlSegment("id", id);
            }
            """);

    [Fact]
    public Task Refit_api_user_is_reported_and_the_api_interface_is_not() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Refit;

            public sealed record ErpItem(string No, decimal Price);

            public interface IErpApi
            {
                [Get("/items/{no}")]
                Task<ErpItem> GetItemAsync(string no);
            }

            public sealed class {|#0:ItemPriceSync|}(IErpApi erp)
            {
                public Task<ErpItem> RunAsync() => erp.GetItemAsync("1000");
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ItemPriceSync", "uses IErpApi (Refit)") });

    [Fact]
    public Task Refit_api_created_with_RestService_in_a_local_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IShopApi
            {
                [Post("/orders/{id}/fulfil")]
                Task FulfilAsync(string id);
            }

            public sealed class {|IC0010:FulfilmentPush|}
            {
                public Task PushAsync(string id)
                {
                    var api = RestService.For<IShopApi>("https://shop.example");
                    return api.FulfilAsync(id);
                }
            }
            """);

    [Fact]
    public Task Refit_api_whose_methods_live_on_a_base_interface_is_recognised() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using Refit;

            public interface IOrdersApi { [Delete("/orders/{id}")] Task CancelAsync(string id); }
            public interface IShopApi : IOrdersApi { }

            public sealed class {|IC0010:OrderCancellation|}(IShopApi shop) { }
            """);

    [Fact]
    public Task Interface_without_Refit_attributes_is_not_a_client() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;

            public interface IPriceCalculator { Task<decimal> PriceAsync(string item); }

            public sealed class Checkout(IPriceCalculator prices) { }
            """);

    [Fact]
    public Task Types_that_only_touch_HTTP_messages_and_responses_are_not_integrations() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class ProblemDetailsReader
            {
                public async Task<string> ReadAsync(HttpResponseMessage response)
                {
                    HttpContent content = response.Content;
                    return response.StatusCode == HttpStatusCode.OK ? "" : await content.ReadAsStringAsync();
                }
            }

            public sealed class ErpRequestBuilder
            {
                public HttpRequestMessage Build(string no) => new(HttpMethod.Get, "items/" + no);
            }

            public static class HttpClientJsonExtensions
            {
                // A helper over a client the caller owns: the caller is the integration.
                public static Task<string> GetTextAsync(this HttpClient client, string path) => client.GetStringAsync(path);
            }
            """);
}
