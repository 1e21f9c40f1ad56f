using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The outermost strategy of a contract pipeline: one span and one <c>integration.calls</c> count per call, its
/// duration, the first attempt's count (each retry counts its own, <see cref="ContractRetry"/>), the integration's
/// health, and — when the call gives up — its alert hooks, raised once, after the last attempt.
/// </summary>
/// <remarks>
/// It runs on every call, so the common case costs little: a call whose attempts complete synchronously is finished
/// without an async state machine, and instruments nobody listens to are not given their tags.
/// </remarks>
internal sealed class ContractCallStrategy : ResilienceStrategy
{
    private readonly ContractRuntime _runtime;
    private readonly GiveUpAlerts _alerts;
    private readonly IntegrationClock _clock;

    public ContractCallStrategy(ContractRuntime runtime, GiveUpAlerts alerts, IntegrationClock clock)
    {
        _runtime = runtime;
        _alerts = alerts;
        _clock = clock;
    }

    protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        // The precise clock only when someone records durations; health needs the coarse one (Completed).
        var started = IntegrationTelemetry.DurationHistogram.Enabled ? _clock.Time.GetTimestamp() : 0;
        var previous = Activity.Current;
        var activity = IntegrationTelemetry.Source.StartActivity(_runtime.SpanName, ActivityKind.Client);
        if (activity is not null)
        {
            foreach (var tag in _runtime.Tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }

        if (IntegrationTelemetry.AttemptCounter.Enabled)
        {
            IntegrationTelemetry.AttemptCounter.Add(1, _runtime.Tags);
        }

        ValueTask<Outcome<TResult>> pending;
        try
        {
            pending = callback(context, state);
        }
        catch
        {
            activity?.Dispose();
            throw; // Polly's callbacks return exceptions as outcomes; anything thrown here is not a call's outcome
        }

        if (pending.IsCompletedSuccessfully)
        {
            var outcome = pending.Result;
            if (Completed(outcome, context, started, activity) is not { } failure)
            {
                return new ValueTask<Outcome<TResult>>(outcome);
            }

            return RaiseThenReturn(outcome, failure, context);
        }

        var awaited = Awaited(pending, context, started, activity);
        if (activity is not null)
        {
            // Not an async method, so the span made current above would stay current in the flow that called this
            // (Polly's own async boundary hides that from users today). The awaiting continuation keeps it as its
            // current span; the calling flow gets its own back.
            Activity.Current = previous;
        }

        return awaited;
    }

    private async ValueTask<Outcome<TResult>> Awaited<TResult>(ValueTask<Outcome<TResult>> pending, ResilienceContext context, long started, Activity? activity)
    {
        Outcome<TResult> outcome;
        try
        {
            outcome = await pending.ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch
        {
            activity?.Dispose();
            throw;
        }

        if (Completed(outcome, context, started, activity) is { } failure)
        {
            await _alerts.RaiseAsync(_runtime, failure, ContractRetry.LastAttempt(context)).ConfigureAwait(context.ContinueOnCapturedContext);
        }

        return outcome;
    }

    private async ValueTask<Outcome<TResult>> RaiseThenReturn<TResult>(Outcome<TResult> outcome, Exception failure, ResilienceContext context)
    {
        await _alerts.RaiseAsync(_runtime, failure, ContractRetry.LastAttempt(context)).ConfigureAwait(context.ContinueOnCapturedContext);
        return outcome;
    }

    /// <summary>Records the finished call (count, duration, health, span) and returns why it failed, or <see langword="null"/>.</summary>
    private Exception? Completed<TResult>(Outcome<TResult> outcome, ResilienceContext context, long started, Activity? activity)
    {
        using (activity)
        {
            if (outcome.Exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
            {
                return null; // the caller stopped waiting: neither a success nor a failure of the integration
            }

            var failure = Failure(outcome);
            if (IntegrationTelemetry.CallCounter.Enabled)
            {
                IntegrationTelemetry.CallCounter.Add(1, failure is null ? _runtime.SuccessTags : _runtime.FailureTags);
            }

            if (started != 0 && IntegrationTelemetry.DurationHistogram.Enabled)
            {
                IntegrationTelemetry.DurationHistogram.Record(_clock.Time.GetElapsedTime(started).TotalSeconds, _runtime.Tags);
            }

            _runtime.Health.Record(failure is null, _clock.CoarseTimestamp());
            if (failure is not null)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            }

            return failure;
        }
    }

    /// <summary>Why the call failed after its last attempt, or <see langword="null"/> when it did not: an exception, or an HTTP response that is not a success.</summary>
    private static Exception? Failure<TResult>(Outcome<TResult> outcome)
    {
        if (outcome.Exception is { } exception)
        {
            return exception;
        }

        return outcome.Result is HttpResponseMessage { IsSuccessStatusCode: false } response
            ? new HttpRequestException($"Response status code does not indicate success: {(int)response.StatusCode} ({response.ReasonPhrase}).", null, response.StatusCode)
            : null;
    }
}
