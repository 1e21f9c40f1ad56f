using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using IntegrationContracts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace LabelledSet.Hosting;

// IC0010: no (composition root: registers clients, calls nothing)
public sealed class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpClient("shop");
        services.AddSingleton(new BlobServiceClient("UseDevelopmentStorage=true"));
    }
}

// IC0010: no (host builder: registers clients, calls nothing)
public static class WorkerHost
{
    public static IHostBuilder Configure(IHostBuilder builder) =>
        builder.ConfigureServices((context, services) => services.AddSingleton(_ => new BlobServiceClient("UseDevelopmentStorage=true")));
}

// IC0010: no (health probe of the ERP, not an integration)
public sealed class ErpHealthCheck(IHttpClientFactory clients) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        (await clients.CreateClient("erp").GetAsync("health", cancellationToken)).IsSuccessStatusCode
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("ERP does not answer.");
}

// IC0010: no (alert hook: the integrations' alerting itself)
public sealed class TeamsWebhookAlert(HttpClient http) : IIntegrationAlertHook
{
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) =>
        http.PostAsync("https://contoso.webhook.office.com/integrations", new StringContent(failure.Integration.Name), cancellationToken);
}

// IC0010: no (Blazor component calling its own backend)
public sealed class OrderListComponent : ComponentBase
{
    [Inject] public HttpClient Http { get; set; } = null!;
}

// IC0010: no (already marked)
[Integration("shop-orders-to-erp")]
public sealed class ShopOrderImport(HttpClient shop) { }

// IC0010: no (a method of it is marked)
public sealed class WarehouseJobs(HttpClient warehouse)
{
    [Integration("stock-levels-to-shop")]
    public Task PushAsync() => warehouse.PostAsync("stock", null);
}
