using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace IntegrationContracts.Hosting;

/// <summary>
/// A ready alert hook: logs the failure at Error level with the integration's owner, contact, on-call and runbook as
/// structured fields (in scope and in the message), where a log-based alert or a person reading the logs finds them.
/// </summary>
/// <example><code>[AlertHook(typeof(LoggerAlertHook))]</code></example>
public sealed class LoggerAlertHook : IIntegrationAlertHook
{
    private readonly ILogger _logger;

    /// <summary>Creates the hook; DI supplies the logger.</summary>
    public LoggerAlertHook(ILogger<LoggerAlertHook> logger) => _logger = logger;

    /// <inheritdoc />
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        var integration = failure.Integration;
        var scope = new AlertLogScope
        {
            { IntegrationTags.Name, integration.Name },
            { IntegrationTags.Owner, integration.OwnerTeam ?? IntegrationTags.Unowned },
            { IntegrationTags.Process, integration.Process },
            { IntegrationTags.Source, integration.Source },
            { IntegrationTags.Target, integration.Target },
            { "integration.contact", integration.Contact },
            { "integration.on_call", integration.OnCall },
            { "integration.runbook", integration.Runbook },
            { "integration.dead_letter", integration.Retry?.DeadLetter },
        };
        using (_logger.BeginScope(scope))
        {
            _logger.LogError(failure.Exception,
                "Integration {IntegrationName} failed after attempt {Attempt} and gave up. Owner: {IntegrationOwner}. Contact: {Contact}. On call: {OnCall}. Runbook: {Runbook}.",
                integration.Name, failure.Attempt, integration.OwnerTeam ?? IntegrationTags.Unowned, integration.Contact ?? "-", integration.OnCall ?? "-", integration.Runbook ?? "-");
        }

        return Task.CompletedTask;
    }
}
