using System;
using System.Net.Http;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Hosting;
using Contoso.Integrations.WebShop;
using Contoso.OrderDesk;
using IntegrationContracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// Runs the web shop order import against a local stub whose ERP is down, through AddIntegrationContract(): the
// declared [RetryPolicy(5, Backoff = Exponential)] retries the ERP call, and when it gives up every [AlertHook] of the
// integration is raised once — the Teams and order-desk hooks of the sample, and the package's LoggerAlertHook — with
// the owner, contact, on-call and runbook from its contract. Metrics and traces go to the OpenTelemetry console exporter,
// tagged with the integration's owner. The demo ends with exit code 0 once the failure path has been shown.
Console.WriteLine("Contoso order desk: importing paid web shop orders into Business Central (the ERP stub is down).");

await using StubServer stub = StubServer.Start();
using TracerProvider tracing = Sdk.CreateTracerProviderBuilder().AddSource(IntegrationTelemetry.Name).AddConsoleExporter().Build();
using MeterProvider metrics = Sdk.CreateMeterProviderBuilder().AddMeter(IntegrationTelemetry.Name).AddConsoleExporter().Build();

var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole(console => console.IncludeScopes = true))
    // The Teams hook writes to standard output here (its default is standard error), so the demo reads as one stream.
    .AddSingleton(new TeamsChannelAlert(Console.Out))
    // Short waits for the demo: 100, 200, 400, 800 ms between the five attempts (no jitter, so the run reads the same).
    .AddIntegrationContracts(options =>
    {
        options.RetryDelay = TimeSpan.FromMilliseconds(100);
        options.UseJitter = false;
    })
    .AddShopOrderImport(new Uri(stub.BaseAddress, "shop/"), new Uri(stub.BaseAddress, "erp/"));
await using ServiceProvider provider = services.BuildServiceProvider();

try
{
    int imported = await provider.GetRequiredService<ShopOrderImport>().ImportAsync(DateTimeOffset.UtcNow.AddHours(-1), default);
    Console.Error.WriteLine($"Unexpected: {imported} order(s) imported although the ERP stub is down.");
    return 1;
}
catch (HttpRequestException exception)
{
    Console.WriteLine($"Demo finished: shop-orders-to-erp gave up after its last attempt. The alerts above say who owns it and where its runbook is. Last error: {exception.Message}");
    return 0;
}
