using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationContracts.Hosting;

/// <summary>
/// Raises every alert hook of an integration once when one of its calls gives up, through
/// <see cref="IntegrationAlerts.RaiseAsync(IntegrationFailure, Func{Type, IIntegrationAlertHook}, CancellationToken)"/>
/// (declared order, one hook's failure never stops the next). Hooks come from a DI scope of their own (or are created
/// with their dependencies from it); each gets <see cref="IntegrationContractsOptions.AlertHookTimeout"/>. Nothing a
/// hook does reaches the caller: errors and timeouts are logged. The caller waits for its hooks (bounded by the
/// timeout each), and its cancellation does not stop them: the call has already failed, and the alert is what says so.
/// </summary>
internal sealed class GiveUpAlerts
{
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;

    public GiveUpAlerts(IServiceProvider services, ILogger<GiveUpAlerts> logger, IOptions<IntegrationContractsOptions> options)
    {
        _services = services;
        _logger = logger;
        _timeout = options.Value.AlertHookTimeout;
    }

    public async Task RaiseAsync(ContractRuntime runtime, Exception exception, int attempt)
    {
        if (runtime.Descriptor.AlertHooks.Count == 0)
        {
            return;
        }

        try
        {
            // A scope per give-up: hooks may depend on scoped services, and what they create is disposed with it.
            await using var scope = _services.CreateAsyncScope();
            var failure = new IntegrationFailure(runtime.Descriptor, exception, attempt, willRetry: false);
            var result = await IntegrationAlerts.RaiseAsync(failure, type => new TimeBoundHook((IIntegrationAlertHook)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type), _timeout)).ConfigureAwait(false);
            foreach (var error in result.Errors)
            {
                _logger.LogError(error.Exception, "Alert hook {AlertHook} of integration {IntegrationName} (owner {IntegrationOwner}) failed; the failure it was told about: {Failure}",
                    error.Hook.HookTypeName, runtime.Descriptor.Name, runtime.Descriptor.OwnerTeam ?? IntegrationTags.Unowned, exception.Message);
            }
        }
        catch (Exception unexpected)
        {
            // Raising alerts must never replace the call's own outcome.
            _logger.LogError(unexpected, "Alert hooks of integration {IntegrationName} could not be raised", runtime.Descriptor.Name);
        }
    }

    /// <summary>A hook with a deadline: a hook that hangs fails with <see cref="TimeoutException"/> instead of holding the caller.</summary>
    private sealed class TimeBoundHook : IIntegrationAlertHook
    {
        private readonly IIntegrationAlertHook _hook;
        private readonly TimeSpan _timeout;

        public TimeBoundHook(IIntegrationAlertHook hook, TimeSpan timeout)
        {
            _hook = hook;
            _timeout = timeout;
        }

        public async Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
        {
            using var deadline = new CancellationTokenSource(_timeout);
            try
            {
                await _hook.OnFailureAsync(failure, deadline.Token).WaitAsync(_timeout, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException && deadline.IsCancellationRequested)
            {
                // The wait may time out a moment before the hook's token does: tell the abandoned hook to stop either way.
                deadline.Cancel();
                throw new TimeoutException($"The alert hook {_hook.GetType().FullName} did not finish within {_timeout.TotalSeconds:0.###} s.", exception);
            }
        }
    }
}
