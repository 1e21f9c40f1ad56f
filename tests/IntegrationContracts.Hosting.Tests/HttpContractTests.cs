using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>AddIntegrationContract() on an HttpClient registration, against a local server that fails.</summary>
public sealed class HttpContractTests
{
    [Fact]
    public async Task A_call_that_keeps_failing_makes_the_declared_attempts_with_the_declared_backoff_and_raises_each_hook_once()
    {
        await using var server = FailingServer.Down();
        var logs = new LogRecorder();
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract(), logs);

        var sync = services.GetRequiredService<ErpOrderSync>();
        using var response = await sync.Http.GetAsync("orders");

        // The caller gets the last answer; nothing a hook did reaches it.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, server.Requests);

        var span = Assert.Single(telemetry.Spans, s => (string?)s.GetTagItem(IntegrationTags.Name) == "erp-order-sync");
        var delays = span.Events.Where(e => e.Name == IntegrationTelemetry.RetryEvent)
            .Select(e => (double)e.Tags.Single(t => t.Key == "integration.retry.delay_ms").Value!).ToList();
        Assert.Equal(new[] { 20.0, 40.0 }, delays); // exponential from 20 ms, no jitter
        Assert.Equal(ActivityStatusCode.Error, span.Status);

        var alert = Assert.Single(services.GetRequiredService<AlertSink>().Failures);
        Assert.Equal("erp-order-sync", alert.Integration.Name);
        Assert.Equal(3, alert.Attempt);
        Assert.False(alert.WillRetry);
        Assert.Equal("erp-orders-dlq", alert.Integration.Retry?.DeadLetter);
        Assert.Contains("503", alert.Exception.Message);

        // The throwing hook and the hanging hook are logged, each once, naming the integration and its owner.
        var hookErrors = logs.Entries.Where(e => e.Level == LogLevel.Error && e.Message.Contains("Alert hook")).ToList();
        Assert.Equal(2, hookErrors.Count);
        Assert.Contains(hookErrors, e => e.Message.Contains(nameof(ThrowingHook)) && e.Message.Contains("erp-team") && e.Exception is InvalidOperationException);
        Assert.Contains(hookErrors, e => e.Message.Contains(nameof(HangingHook)) && e.Exception is TimeoutException);
    }

    [Fact]
    public async Task Every_instrument_and_the_span_carry_the_five_tags()
    {
        await using var server = FailingServer.Down();
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract());

        using var response = await services.GetRequiredService<ErpOrderSync>().Http.GetAsync("orders");

        var expected = new Dictionary<string, object?>
        {
            [IntegrationTags.Name] = "erp-order-sync",
            [IntegrationTags.Owner] = "erp-team",
            [IntegrationTags.Process] = "Order-to-Cash",
            [IntegrationTags.Source] = "Shop",
            [IntegrationTags.Target] = "ERP",
        };
        var calls = Assert.Single(telemetry.Of(IntegrationTelemetry.Calls, "erp-order-sync"));
        Assert.Equal("failure", calls.Tags["outcome"]);
        Assert.Equal(3, telemetry.Of(IntegrationTelemetry.Attempts, "erp-order-sync").Sum(m => m.Value));
        var duration = Assert.Single(telemetry.Of(IntegrationTelemetry.Duration, "erp-order-sync"));
        Assert.InRange(duration.Value, 0.05, 30); // seconds: two waits of 20 and 40 ms at least

        foreach (var measurement in new[] { calls, duration }.Concat(telemetry.Of(IntegrationTelemetry.Attempts, "erp-order-sync")))
        {
            foreach (var (key, value) in expected)
            {
                Assert.Equal(value, measurement.Tags[key]);
            }
        }

        var span = Assert.Single(telemetry.Spans, s => (string?)s.GetTagItem(IntegrationTags.Name) == "erp-order-sync");
        foreach (var (key, value) in expected)
        {
            Assert.Equal(value, span.GetTagItem(key));
        }

        // Polly's own resilience events for this pipeline (meter "Polly") carry the owner too.
        var pollyEvents = telemetry.Measurements.Where(m => m.Instrument == "resilience.polly.strategy.events").ToList();
        Assert.NotEmpty(pollyEvents);
        Assert.All(pollyEvents, e => Assert.Equal("erp-team", e.Tags[IntegrationTags.Owner]));
    }

    [Fact]
    public async Task A_call_that_succeeds_on_its_second_attempt_counts_two_attempts_one_success_and_raises_nothing()
    {
        await using var server = FailingServer.Start(request => request == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.OK);
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract());

        using var response = await services.GetRequiredService<ErpOrderSync>().Http.GetAsync("orders");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
        Assert.Equal(2, telemetry.Of(IntegrationTelemetry.Attempts, "erp-order-sync").Sum(m => m.Value));
        Assert.Equal("success", Assert.Single(telemetry.Of(IntegrationTelemetry.Calls, "erp-order-sync")).Tags["outcome"]);
        Assert.Empty(services.GetRequiredService<AlertSink>().Failures);
    }

    [Fact]
    public async Task Linear_backoff_grows_by_the_first_delay()
    {
        await using var server = FailingServer.Down();
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<CatalogFeed>(c => c.BaseAddress = server.Address).AddIntegrationContract());

        using var response = await services.GetRequiredService<CatalogFeed>().Http.GetAsync("items");

        Assert.Equal(4, server.Requests);
        var span = Assert.Single(telemetry.Spans, s => (string?)s.GetTagItem(IntegrationTags.Name) == "catalog-feed");
        Assert.Equal(new[] { 20.0, 40.0, 60.0 }, span.Events.Select(e => (double)e.Tags.Single(t => t.Key == "integration.retry.delay_ms").Value!));
        Assert.Single(services.GetRequiredService<AlertSink>().Failures);
    }

    [Fact]
    public async Task NoRetry_makes_one_attempt_and_raises_the_hooks_once_for_a_named_client()
    {
        await using var server = FailingServer.Down();
        await using var services = ContractHost.Create(s => s.AddHttpClient("psp", c => c.BaseAddress = server.Address).AddIntegrationContract("payment-capture"));

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("psp").PostAsync("captures", new StringContent("{}"));

        Assert.Equal(1, server.Requests);
        var alert = Assert.Single(services.GetRequiredService<AlertSink>().Failures);
        Assert.Equal(("payment-capture", 1), (alert.Integration.Name, alert.Attempt));
    }

    [Fact]
    public async Task No_declared_retry_takes_the_hosting_default_attempts()
    {
        await using var server = FailingServer.Down();
        await using var services = ContractHost.Create(s => s.AddHttpClient("wms", c => c.BaseAddress = server.Address).AddIntegrationContract("stock-ping"));

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("wms").GetAsync("stock");

        Assert.Equal(new IntegrationContractsOptions().DefaultMaxAttempts, server.Requests);
    }

    [Fact]
    public async Task A_caller_that_cancels_gets_its_cancellation_and_no_alert_and_the_call_is_no_outcome()
    {
        await using var server = FailingServer.Down();
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract());
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<ErpOrderSync>().Http.GetAsync("orders", cancel.Token));

        Assert.Empty(services.GetRequiredService<AlertSink>().Failures);
        Assert.Empty(telemetry.Of(IntegrationTelemetry.Calls, "erp-order-sync")); // neither a success nor a failure
    }

    [Fact]
    public async Task The_span_is_a_child_of_the_callers_and_the_caller_gets_its_own_back()
    {
        using var outerSource = new ActivitySource("Tests.Caller");
        using var outerListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Tests.Caller",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(outerListener);
        await using var server = FailingServer.Start(_ => HttpStatusCode.OK);
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s => s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract());

        using var caller = outerSource.StartActivity("import orders");
        using (await services.GetRequiredService<ErpOrderSync>().Http.GetAsync("orders"))
        {
        }

        // What the caller sees. Polly's own async boundary also hides a span left current inside the pipeline, so this
        // does not fail without ContractCallStrategy's restore (tried); the parent check below is the one that can.
        Assert.Same(caller, Activity.Current);
        await services.GetRequiredService<IIntegrationPipelines>().For<InvoiceMailer>().ExecuteAsync(async _ => await Task.Yield());
        Assert.Same(caller, Activity.Current); // a pipeline whose callback completes later, too
        var span = Assert.Single(telemetry.Spans, s => (string?)s.GetTagItem(IntegrationTags.Name) == "erp-order-sync");
        Assert.Equal(caller!.SpanId, span.ParentSpanId);
    }

    [Fact]
    public async Task A_call_that_hangs_fails_at_the_contracts_timeout_and_alerts_instead_of_passing_for_a_cancellation()
    {
        await using var server = FailingServer.Start(_ => FailingServer.Hang);
        using var telemetry = new TelemetryRecorder();
        await using var services = ContractHost.Create(s =>
        {
            s.Configure<IntegrationContractsOptions>(o => o.Timeout = TimeSpan.FromMilliseconds(300));
            s.AddHttpClient<ErpOrderSync>(c => c.BaseAddress = server.Address).AddIntegrationContract();
        });

        var thrown = await Assert.ThrowsAsync<Polly.Timeout.TimeoutRejectedException>(() => services.GetRequiredService<ErpOrderSync>().Http.GetAsync("orders"));

        Assert.Equal("failure", Assert.Single(telemetry.Of(IntegrationTelemetry.Calls, "erp-order-sync")).Tags["outcome"]);
        var alert = Assert.Single(services.GetRequiredService<AlertSink>().Failures);
        Assert.Same(thrown, alert.Exception);
    }
}
