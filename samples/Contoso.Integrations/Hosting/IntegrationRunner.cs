using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Integrations.Hosting;

/// <summary>
/// Runs an integration under its declared contract: it retries as the integration's <see cref="RetryPolicyAttribute"/>
/// says, and raises every failed attempt to the integration's <see cref="AlertHookAttribute"/> hooks, with the owner,
/// contact and runbook that the generated <c>IntegrationManifest</c> holds for it.
/// </summary>
/// <remarks>
/// A production host would use Polly or Microsoft.Extensions.Http.Resilience for the retries; this runner keeps the
/// sample free of dependencies and shows where the contract's data comes from at run time.
/// </remarks>
public sealed class IntegrationRunner
{
    private readonly Func<Type, IIntegrationAlertHook?>? _hookFactory;
    private readonly TimeSpan _firstRetryDelay;
    private readonly TextWriter _errors;

    /// <summary>Creates a runner.</summary>
    /// <param name="hookFactory">Creates alert hooks (for example from a DI container); hooks it does not create are made with their parameterless constructor.</param>
    /// <param name="firstRetryDelay">The wait before the first retry, which the integration's backoff then grows; one second unless set.</param>
    /// <param name="errors">Where failures of the alert hooks themselves are reported; standard error unless set.</param>
    public IntegrationRunner(Func<Type, IIntegrationAlertHook?>? hookFactory = null, TimeSpan? firstRetryDelay = null, TextWriter? errors = null)
    {
        _hookFactory = hookFactory;
        _firstRetryDelay = firstRetryDelay ?? TimeSpan.FromSeconds(1);
        _errors = errors ?? Console.Error;
    }

    /// <summary>Runs the integration named <paramref name="integrationName"/> until an attempt succeeds or its retries are used up.</summary>
    /// <typeparam name="T">What an attempt returns.</typeparam>
    /// <param name="integrationName">The name in the integration's <see cref="IntegrationAttribute"/>.</param>
    /// <param name="attempt">One attempt of the integration.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What the successful attempt returned.</returns>
    /// <exception cref="ArgumentException">No integration of this assembly has that name.</exception>
    public async Task<T> RunAsync<T>(string integrationName, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        IntegrationDescriptor integration = IntegrationManifest.FindByName(integrationName)
            ?? throw new ArgumentException($"No integration named '{integrationName}' is declared in {typeof(IntegrationRunner).Assembly.GetName().Name}.", nameof(integrationName));
        int maxAttempts = Math.Max(1, integration.Retry?.MaxAttempts ?? 1);

        for (int number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                bool willRetry = number < maxAttempts;
                IntegrationAlertResult alerts = await IntegrationAlerts
                    .RaiseAsync(integration, exception, number, willRetry, _hookFactory, cancellationToken)
                    .ConfigureAwait(false);
                foreach (AlertHookError error in alerts.Errors)
                {
                    // A broken alert channel must be visible too, but it must not hide the integration's own failure.
                    await _errors.WriteLineAsync($"Alert hook {error.Hook.HookTypeName} of {integration.Name} failed: {error.Exception.Message}").ConfigureAwait(false);
                }

                if (!willRetry) throw;
                await Task.Delay(DelayBefore(number + 1, integration.Retry!.Backoff), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private TimeSpan DelayBefore(int attemptNumber, RetryBackoff backoff)
    {
        int retry = attemptNumber - 1; // 1 for the first retry
        return backoff switch
        {
            RetryBackoff.Fixed => _firstRetryDelay,
            RetryBackoff.Linear => _firstRetryDelay * retry,
            _ => _firstRetryDelay * Math.Pow(2, retry - 1),
        };
    }
}
