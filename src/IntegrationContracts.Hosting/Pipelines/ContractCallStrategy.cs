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
internal sealed class ContractCallStrategy : ResilienceStrategy
{
    private readonly ContractRuntime _runtime;
    private readonly GiveUpAlerts _alerts;
    private readonly TimeProvider _time;

    public ContractCallStrategy(ContractRuntime runtime, GiveUpAlerts alerts, TimeProvider time)
    {
        _runtime = runtime;
        _alerts = alerts;
        _time = time;
    }

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var started = _time.GetTimestamp();
        using var activity = IntegrationTelemetry.Source.StartActivity(_runtime.SpanName, ActivityKind.Client);
        if (activity is not null)
        {
            foreach (var tag in _runtime.Tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }

        IntegrationTelemetry.AttemptCounter.Add(1, _runtime.Tags);
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);

        if (CancelledByCaller(outcome, context))
        {
            return outcome; // the caller stopped waiting: neither a success nor a failure of the integration
        }

        var failure = Failure(outcome);
        IntegrationTelemetry.CallCounter.Add(1, failure is null ? _runtime.SuccessTags : _runtime.FailureTags);
        IntegrationTelemetry.DurationHistogram.Record(_time.GetElapsedTime(started).TotalSeconds, _runtime.Tags);
        _runtime.Health.Record(failure is null, _time.GetUtcNow());
        if (failure is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            await _alerts.RaiseAsync(_runtime, failure, context.Properties.GetValue(ContractRetry.LastAttempt, 1)).ConfigureAwait(context.ContinueOnCapturedContext);
        }

        return outcome;
    }

    private static bool CancelledByCaller<TResult>(Outcome<TResult> outcome, ResilienceContext context) =>
        outcome.Exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

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
