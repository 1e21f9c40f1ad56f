using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The <c>IntegrationContracts</c> Meter and ActivitySource: what OpenTelemetry, Prometheus, Azure Monitor and Datadog read
/// through System.Diagnostics, without a dependency on this package. Every instrument and span carries the integration's
/// five tags (<see cref="IntegrationTags"/>).
/// </summary>
public static class IntegrationTelemetry
{
    /// <summary>The name of the Meter and of the ActivitySource: add it to your OpenTelemetry metrics and tracing.</summary>
    public const string Name = "IntegrationContracts";

    /// <summary>The counter of calls, tagged <c>outcome</c> = success | failure (after every attempt).</summary>
    public const string Calls = "integration.calls";

    /// <summary>The counter of attempts (the first and every retry).</summary>
    public const string Attempts = "integration.attempts";

    /// <summary>The histogram of call durations in seconds, every attempt and wait included.</summary>
    public const string Duration = "integration.duration";

    /// <summary>The span event added for each retry.</summary>
    public const string RetryEvent = "integration.retry";

    internal static readonly ActivitySource Source = new(Name, typeof(IntegrationTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(IntegrationTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> CallCounter = Meter.CreateCounter<long>(Calls, "{call}", "Calls of an integration, by outcome (success or failure after its last attempt).");

    internal static readonly Counter<long> AttemptCounter = Meter.CreateCounter<long>(Attempts, "{attempt}", "Attempts of an integration's calls: the first and every retry.");

    internal static readonly Histogram<double> DurationHistogram = Meter.CreateHistogram<double>(
        Duration, "s", "How long an integration's calls take, retries and waits included.", tags: null,
        // Seconds, from a fast API call to a call that waited through its retries (an exporter's default buckets are in ms).
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = new[] { 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300 } });

    internal static readonly KeyValuePair<string, object?> Success = new("outcome", "success");

    internal static readonly KeyValuePair<string, object?> Failure = new("outcome", "failure");
}
