using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>AddIntegrationHealthChecks: Degraded after a failed call and back, Degraded and Unhealthy past the windows; the data names who to call.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task A_failed_call_degrades_and_a_success_heals_and_silence_turns_degraded_then_unhealthy()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        var calls = 0;
        await using var server = FailingServer.Start(_ => Interlocked.Increment(ref calls) <= 3 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        await using var services = ContractHost.Create(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.Configure<IntegrationContractsOptions>(o => o.RetryDelay = TimeSpan.Zero);
            s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract();
            s.AddIntegrationHealthChecks(o =>
            {
                o.DegradedAfter = TimeSpan.FromMinutes(30);
                o.UnhealthyAfter = TimeSpan.FromHours(2);
            });
        });
        var health = services.GetRequiredService<HealthCheckService>();
        var http = services.GetRequiredService<ErpOrderSync>().Http;

        Assert.Equal(HealthStatus.Healthy, (await Check(health)).Status);

        (await http.GetAsync("orders")).Dispose(); // three 503s: gives up
        var degraded = await Check(health);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal("erp-team", degraded.Data["owner"]);
        Assert.Equal("erp@contoso.example", degraded.Data["contact"]);
        Assert.Equal("pagerduty:ERP", degraded.Data["onCall"]);
        Assert.Equal("https://wiki.contoso.example/runbooks/erp-order-sync", degraded.Data["runbook"]);
        Assert.Contains("last call failed", degraded.Description);

        (await http.GetAsync("orders")).Dispose(); // 200
        Assert.Equal(HealthStatus.Healthy, (await Check(health)).Status);

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HealthStatus.Degraded, (await Check(health)).Status);
        clock.Advance(TimeSpan.FromHours(2));
        var unhealthy = await Check(health);
        Assert.Equal(HealthStatus.Unhealthy, unhealthy.Status);
        Assert.Contains("call erp-team", unhealthy.Description);
    }

    [Fact]
    public async Task There_is_one_check_per_integration_tagged_with_its_owner()
    {
        await using var services = ContractHost.Create(s => s.AddIntegrationHealthChecks());

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(new[] { "integration:catalog-feed", "integration:erp-order-sync", "integration:invoice-mailer", "integration:ledger-post", "integration:payment-capture", "integration:stock-ping" },
            report.Entries.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
    }

    [Fact]
    public async Task An_integration_this_process_does_not_run_through_its_contract_is_not_judged()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
        await using var services = ContractHost.Create(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddHttpClient<ErpOrderSync>().AddIntegrationContract();
            s.AddIntegrationHealthChecks(o => o.DegradedAfter = TimeSpan.FromMinutes(30));
        });
        var health = services.GetRequiredService<HealthCheckService>();
        await health.CheckHealthAsync(); // the checks' clock starts with the app

        clock.Advance(TimeSpan.FromHours(1));
        var report = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, report.Entries["integration:erp-order-sync"].Status); // applied, and silent for an hour
        Assert.Equal(HealthStatus.Healthy, report.Entries["integration:catalog-feed"].Status); // nothing here runs it
        Assert.Contains("nothing to judge", report.Entries["integration:catalog-feed"].Description);
    }

    [Fact]
    public void A_window_for_an_unknown_integration_fails_at_registration()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(ErpOrderSync).Assembly);

        Assert.Throws<IntegrationContractException>(() => services.AddIntegrationHealthChecks(o => o.Integrations["erp-order-synk"] = new IntegrationHealthWindows(null, null)));
    }

    private static async Task<HealthReportEntry> Check(HealthCheckService health) =>
        (await health.CheckHealthAsync(r => r.Name == "integration:erp-order-sync")).Entries["integration:erp-order-sync"];
}
