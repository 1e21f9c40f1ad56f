using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>IIntegrationPipelines: the contract for calls that are not HttpClient.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task A_failing_call_is_retried_as_declared_its_exception_reaches_the_caller_and_the_hooks_hear_once()
    {
        var logs = new LogRecorder();
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(logs: logs);
        var pipelines = services.GetRequiredService<IIntegrationPipelines>();
        var attempts = 0;

        var thrown = await Assert.ThrowsAsync<IOException>(async () => await pipelines.For<InvoiceMailer>().ExecuteAsync(_ =>
        {
            attempts++;
            throw new IOException("SMTP 421: service not available");
        }));

        Assert.Equal("SMTP 421: service not available", thrown.Message);
        Assert.Equal(2, attempts);
        var span = Assert.Single(telemetry.Spans, s => (string?)s.GetTagItem(IntegrationTags.Name) == "invoice-mailer");
        Assert.Equal(new[] { 20.0 }, span.Events.Select(e => (double)e.Tags.Single(t => t.Key == "integration.retry.delay_ms").Value!));
        Assert.Equal(2, telemetry.Of(IntegrationTelemetry.Attempts, "invoice-mailer").Sum(m => m.Value));
        Assert.Equal("failure", Assert.Single(telemetry.Of(IntegrationTelemetry.Calls, "invoice-mailer")).Tags["outcome"]);

        var alert = Assert.Single(services.GetRequiredService<AlertSink>().Failures);
        Assert.Same(thrown, alert.Exception);

        // The shipped logger hook: Error level, the owner and the support path in the message and in scope.
        var logged = Assert.Single(logs.Entries, e => e.Category == typeof(LoggerAlertHook).FullName);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("Owner: finance-team", logged.Message);
        Assert.Contains("Runbook: https://wiki.contoso.example/runbooks/invoice-mail", logged.Message);
        var scope = Assert.IsAssignableFrom<IEnumerable<KeyValuePair<string, object?>>>(Assert.Single(logged.Scopes)).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("finance-team", scope[IntegrationTags.Owner]);
        Assert.Equal("finance@contoso.example", scope["integration.contact"]);
        Assert.Contains("integration.owner=finance-team", Assert.Single(logged.Scopes)!.ToString()); // what a console logger prints
    }

    [Fact]
    public async Task The_pipeline_by_type_and_by_name_is_the_same_one_and_a_success_raises_nothing()
    {
        await using var services = ContractHost.Create();
        var pipelines = services.GetRequiredService<IIntegrationPipelines>();

        Assert.Same(pipelines.For<InvoiceMailer>(), pipelines.For("invoice-mailer"));
        var result = await pipelines.For("invoice-mailer").ExecuteAsync(_ => ValueTask.FromResult(42));

        Assert.Equal(42, result);
        Assert.Empty(services.GetRequiredService<AlertSink>().Failures);
    }

    [Fact]
    public async Task An_unknown_integration_is_named_with_what_is_known()
    {
        await using var services = ContractHost.Create();
        var pipelines = services.GetRequiredService<IIntegrationPipelines>();

        var byName = Assert.Throws<IntegrationContractException>(() => pipelines.For("invoice-mailers"));
        var byType = Assert.Throws<IntegrationContractException>(() => pipelines.For<AlertSink>());

        Assert.Equal("invoice-mailers", byName.Integration);
        Assert.Contains("Known integrations: catalog-feed, erp-order-sync, invoice-mailer, ledger-post, payment-capture, stock-ping", byName.Message);
        Assert.Contains(typeof(AlertSink).FullName!, byType.Message);
    }

    [Fact]
    public async Task A_hook_that_needs_a_scoped_service_is_resolved_from_a_scope_of_its_own()
    {
        await using var services = ContractHost.Create(s => s.AddScoped<Outbox>());

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await services.GetRequiredService<IIntegrationPipelines>().For<LedgerPost>().ExecuteAsync(_ => throw new InvalidOperationException("ledger closed")));

        Assert.Equal("ledger-post", Assert.Single(services.GetRequiredService<AlertSink>().Failures).Integration.Name);
    }
}
