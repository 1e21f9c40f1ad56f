using IntegrationContracts;

namespace IntegrationContracts.Hosting.Tests;

// The integrations the tests run. Their contracts reach the hosting package the way an application's do: the generator
// embeds this assembly's manifest, and AddIntegrationContracts reads it.

/// <summary>HTTP, three attempts with exponential backoff, three hooks: one that records, one that throws, one that hangs.</summary>
[Integration("erp-order-sync", Source = "Shop", Target = "ERP", Process = "Order-to-Cash")]
[IntegrationOwner("erp-team", Contact = "erp@contoso.example", OnCall = "pagerduty:ERP", Runbook = "https://wiki.contoso.example/runbooks/erp-order-sync")]
[RetryPolicy(3, Backoff = RetryBackoff.Exponential, DeadLetter = "erp-orders-dlq")]
[AlertHook(typeof(RecordingHook))]
[AlertHook(typeof(ThrowingHook))]
[AlertHook(typeof(HangingHook))]
public sealed class ErpOrderSync
{
    public ErpOrderSync(HttpClient http) => Http = http;

    public HttpClient Http { get; }
}

/// <summary>HTTP, four attempts with linear backoff.</summary>
[Integration("catalog-feed", Source = "PIM", Target = "Shop", Process = "Catalog")]
[IntegrationOwner("web-team", Contact = "web@contoso.example")]
[RetryPolicy(4, Backoff = RetryBackoff.Linear)]
[AlertHook(typeof(RecordingHook))]
public sealed class CatalogFeed
{
    public CatalogFeed(HttpClient http) => Http = http;

    public HttpClient Http { get; }
}

/// <summary>HTTP, no retry on purpose.</summary>
[Integration("payment-capture", Source = "Shop", Target = "PSP", Process = "Order-to-Cash")]
[IntegrationOwner("payments-team", OnCall = "pagerduty:Payments")]
[NoRetry("A capture is not idempotent at the PSP; a person decides.")]
[AlertHook(typeof(RecordingHook))]
public sealed class PaymentCapture
{
}

/// <summary>Not HTTP (SMTP): two attempts, fixed backoff, through IIntegrationPipelines; also the shipped logger hook.</summary>
[Integration("invoice-mailer", Source = "ERP", Target = "Customer mailbox", Process = "Invoicing")]
[IntegrationOwner("finance-team", Contact = "finance@contoso.example", Runbook = "https://wiki.contoso.example/runbooks/invoice-mail")]
[RetryPolicy(2, Backoff = RetryBackoff.Fixed)]
[AlertHook(typeof(RecordingHook))]
[AlertHook(typeof(LoggerAlertHook))]
public sealed class InvoiceMailer
{
}

/// <summary>No retry declared: the hosting default applies.</summary>
[Integration("stock-ping", Source = "WMS", Target = "Shop", Process = "Fulfilment")]
[IntegrationOwner("warehouse-team", Contact = "wms@contoso.example")]
[AlertHook(typeof(RecordingHook))]
public sealed class StockPing
{
}

/// <summary>Not HTTP, no retry: its hook needs a scoped service (a DbContext-like outbox).</summary>
[Integration("ledger-post", Source = "ERP", Target = "Ledger", Process = "Record-to-Report")]
[IntegrationOwner("finance-team", Contact = "finance@contoso.example")]
[NoRetry("Posting twice would book twice.")]
[AlertHook(typeof(OutboxHook))]
public sealed class LedgerPost
{
}

/// <summary>A scoped service, as a DbContext is.</summary>
public sealed class Outbox(AlertSink sink)
{
    public void Add(IntegrationFailure failure) => sink.Add(failure);
}

/// <summary>A hook that writes the failure to a scoped outbox.</summary>
public sealed class OutboxHook(Outbox outbox) : IIntegrationAlertHook
{
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        outbox.Add(failure);
        return Task.CompletedTask;
    }
}

/// <summary>Every failure the recording hook was told about.</summary>
public sealed class AlertSink
{
    private readonly List<IntegrationFailure> _failures = new();

    public IReadOnlyList<IntegrationFailure> Failures
    {
        get
        {
            lock (_failures)
            {
                return _failures.ToList();
            }
        }
    }

    public void Add(IntegrationFailure failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }
}

/// <summary>Records each failure in the DI container's <see cref="AlertSink"/>.</summary>
public sealed class RecordingHook(AlertSink sink) : IIntegrationAlertHook
{
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        sink.Add(failure);
        return Task.CompletedTask;
    }
}

/// <summary>A broken hook: it throws.</summary>
public sealed class ThrowingHook : IIntegrationAlertHook
{
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The paging service rejected the token.");
}

/// <summary>A hook that hangs and ignores cancellation.</summary>
public sealed class HangingHook : IIntegrationAlertHook
{
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None);
}
