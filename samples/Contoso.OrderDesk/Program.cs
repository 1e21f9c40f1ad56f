using System;
using System.Net.Http;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Hosting;
using Contoso.Integrations.WebShop;
using Contoso.OrderDesk;

// Runs the web shop order import against a local stub whose ERP is down. Every failed attempt reaches the
// integration's alert hooks, which take the owner, contact, on-call and runbook from its contract; the last one
// also mails the order desk. The demo ends with exit code 0 once the failure path has been shown.
Console.WriteLine("Contoso order desk: importing paid web shop orders into Business Central (the ERP stub is down).");

await using StubServer stub = StubServer.Start();
using var shop = new HttpClient { BaseAddress = new Uri(stub.BaseAddress, "shop/") };
using var erp = new HttpClient { BaseAddress = new Uri(stub.BaseAddress, "erp/") };
var import = new ShopOrderImport(shop, erp);

// The Teams hook writes to standard output here (its default is standard error), so the demo reads as one stream.
// Every other hook is created through its parameterless constructor.
var runner = new IntegrationRunner(
    hookFactory: type => type == typeof(TeamsChannelAlert) ? new TeamsChannelAlert(Console.Out) : null,
    firstRetryDelay: TimeSpan.FromMilliseconds(100));

try
{
    int imported = await runner.RunAsync("shop-orders-to-erp", cancellationToken => import.ImportAsync(DateTimeOffset.UtcNow.AddHours(-1), cancellationToken));
    Console.Error.WriteLine($"Unexpected: {imported} order(s) imported although the ERP stub is down.");
    return 1;
}
catch (HttpRequestException exception)
{
    Console.WriteLine($"Demo finished: shop-orders-to-erp gave up after its last attempt. The alerts above say who owns it and where its runbook is. Last error: {exception.Message}");
    return 0;
}
