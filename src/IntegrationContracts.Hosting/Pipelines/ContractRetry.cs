using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The declared retry as Polly retry options: <c>[RetryPolicy(n, Backoff = ..)]</c> gives n − 1 retries with that
/// backoff; <c>[NoRetry]</c> or a single attempt gives none; no declaration gives <see cref="IntegrationContractsOptions.DefaultMaxAttempts"/>.
/// </summary>
internal static class ContractRetry
{
    /// <summary>The attempt number of the last attempt made, set on a call's context by every retry (absent: 1).</summary>
    private static readonly ResiliencePropertyKey<object> LastAttemptKey = new("IntegrationContracts.LastAttempt");

    // Attempt numbers boxed once: a retry records its number without allocating (Polly's properties hold objects).
    private static readonly object[] BoxedAttempts = Enumerable.Range(0, 65).Select(attempt => (object)attempt).ToArray();

    /// <summary>The number of the last attempt the call made.</summary>
    public static int LastAttempt(ResilienceContext context) =>
        context.Properties.TryGetValue(LastAttemptKey, out var attempt) && attempt is int number ? number : 1;

    /// <summary>Attempts in total the contract allows, the first included.</summary>
    public static int MaxAttempts(IntegrationDescriptor descriptor, IntegrationContractsOptions options) => descriptor.Retry switch
    {
        null => options.DefaultMaxAttempts,
        { NoRetryJustification: not null } => 1,
        { MaxAttempts: var attempts } => attempts,
    };

    /// <summary>Fills Polly's retry options from the contract; <see langword="false"/> when the contract makes one attempt only.</summary>
    public static bool Configure<TResult>(RetryStrategyOptions<TResult> retry, ContractRuntime runtime, IntegrationContractsOptions options)
    {
        var attempts = MaxAttempts(runtime.Descriptor, options);
        if (attempts <= 1)
        {
            return false;
        }

        retry.Name = "integration-retry";
        retry.MaxRetryAttempts = attempts - 1;
        retry.BackoffType = (runtime.Descriptor.Retry?.Backoff ?? RetryBackoff.Exponential) switch
        {
            RetryBackoff.Fixed => DelayBackoffType.Constant,
            RetryBackoff.Linear => DelayBackoffType.Linear,
            _ => DelayBackoffType.Exponential,
        };
        retry.Delay = options.RetryDelay;
        retry.MaxDelay = options.MaxRetryDelay;
        retry.UseJitter = options.UseJitter;
        retry.OnRetry = arguments => OnRetry(runtime, arguments.Context, arguments.AttemptNumber, arguments.RetryDelay);
        return true;
    }

    /// <summary>Counts the coming attempt and marks the retry on the call's span.</summary>
    private static ValueTask OnRetry(ContractRuntime runtime, ResilienceContext context, int retryIndex, TimeSpan delay)
    {
        var nextAttempt = retryIndex + 2; // Polly counts retries from 0; the first attempt is 1
        context.Properties.Set(LastAttemptKey, nextAttempt < BoxedAttempts.Length ? BoxedAttempts[nextAttempt] : nextAttempt);
        if (IntegrationTelemetry.AttemptCounter.Enabled)
        {
            IntegrationTelemetry.AttemptCounter.Add(1, runtime.Tags);
        }

        Activity.Current?.AddEvent(new ActivityEvent(IntegrationTelemetry.RetryEvent, tags: new ActivityTagsCollection
        {
            ["integration.attempt"] = nextAttempt,
            ["integration.retry.delay_ms"] = delay.TotalMilliseconds,
        }));
        return default;
    }
}
