using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>The shipped webhook hook: a card naming owner, contact, on-call and runbook; never throws.</summary>
public sealed class WebhookAlertHookTests
{
    private static readonly IntegrationFailure Failure = new(
        new IntegrationDescriptor("erp-order-sync", "Tests.ErpOrderSync", source: "Shop", target: "ERP", process: "Order-to-Cash",
            ownerTeam: "erp-team", contact: "erp@contoso.example", onCall: "pagerduty:ERP", runbook: "https://wiki.contoso.example/runbooks/erp",
            retry: new RetryDescriptor(3, RetryBackoff.Exponential, "erp-orders-dlq", null)),
        new HttpRequestException("503 (Service Unavailable)"), 3, willRetry: false);

    [Theory]
    [InlineData(WebhookCardFormat.Generic)]
    [InlineData(WebhookCardFormat.Teams)]
    [InlineData(WebhookCardFormat.Slack)]
    public async Task The_card_names_who_to_call(WebhookCardFormat format)
    {
        await using var server = FailingServer.Start(_ => HttpStatusCode.OK);
        await using var services = ContractHost.Create(s => s.AddIntegrationWebhookAlerts(o =>
        {
            o.Url = new Uri(server.Address, "hooks/alerts");
            o.Format = format;
        }));

        await services.GetRequiredService<WebhookAlertHook>().OnFailureAsync(Failure, CancellationToken.None);

        var body = Assert.Single(server.Bodies);
        Assert.NotNull(JsonNode.Parse(body));
        foreach (var fact in new[] { "erp-order-sync", "erp-team", "erp@contoso.example", "pagerduty:ERP", "https://wiki.contoso.example/runbooks/erp", "erp-orders-dlq" })
        {
            Assert.Contains(fact, body);
        }
    }

    [Fact]
    public async Task An_unreachable_or_failing_webhook_is_logged_and_never_thrown()
    {
        var logs = new LogRecorder();
        await using var failing = FailingServer.Down();
        var closedPort = FailingServer.Start(_ => HttpStatusCode.OK);
        var unreachable = closedPort.Address;
        await closedPort.DisposeAsync();

        foreach (var url in new[] { unreachable, failing.Address, new Uri("ftp://alerts.contoso.example/hook") })
        {
            await using var services = ContractHost.Create(s => s.AddIntegrationWebhookAlerts(o => o.Url = url), logs);
            await services.GetRequiredService<WebhookAlertHook>().OnFailureAsync(Failure, CancellationToken.None);
        }

        var errors = logs.Entries.Where(e => e.Level == LogLevel.Error && e.Category == typeof(WebhookAlertHook).FullName).ToList();
        Assert.Equal(3, errors.Count); // refused, 503, a scheme HttpClient does not speak
        Assert.Contains(errors, e => e.Message.Contains("answered 503"));
    }

    [Fact]
    public async Task Without_a_url_it_says_so()
    {
        var logs = new LogRecorder();
        await using var services = ContractHost.Create(s => s.AddIntegrationWebhookAlerts(_ => { }), logs);

        await services.GetRequiredService<WebhookAlertHook>().OnFailureAsync(Failure, CancellationToken.None);

        Assert.Contains(logs.Entries, e => e.Message.Contains("WebhookAlertHook has no URL"));
    }
}
