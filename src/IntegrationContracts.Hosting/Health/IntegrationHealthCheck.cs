using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationContracts.Hosting;

/// <summary>
/// One integration's health: Degraded when its last call failed or nothing succeeded within the first window, Unhealthy
/// past the second. Its data names who to call: owner, contact, on-call, runbook.
/// </summary>
internal sealed class IntegrationHealthCheck : IHealthCheck
{
    private readonly ContractRuntime _runtime;
    private readonly IntegrationHealthWindows _windows;
    private readonly IntegrationClock _clock;
    private readonly IReadOnlyDictionary<string, object> _who;

    public IntegrationHealthCheck(ContractRuntime runtime, IntegrationHealthWindows windows, IntegrationClock clock)
    {
        _runtime = runtime;
        _windows = windows;
        _clock = clock;
        var descriptor = runtime.Descriptor;
        var who = new Dictionary<string, object>(StringComparer.Ordinal) { ["integration"] = descriptor.Name, ["owner"] = descriptor.OwnerTeam ?? IntegrationTags.Unowned };
        Add(who, "contact", descriptor.Contact);
        Add(who, "onCall", descriptor.OnCall);
        Add(who, "runbook", descriptor.Runbook);
        _who = who;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = _runtime.Health;
        var data = new Dictionary<string, object>(_who, StringComparer.Ordinal);
        Add(data, "lastSuccess", health.LastSuccess is { } success ? _clock.WallTime(success).ToString("O") : null);
        Add(data, "lastFailure", health.LastFailure is { } failure ? _clock.WallTime(failure).ToString("O") : null);

        if (!health.IsApplied)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{_runtime.Descriptor.Name}: this process does not run it through its contract (AddIntegrationContract, IIntegrationPipelines), so it has nothing to judge.", data));
        }

        var quiet = _clock.CoarseElapsed(health.LastSuccess ?? _clock.Started);
        var owner = _runtime.Descriptor.OwnerTeam ?? IntegrationTags.Unowned;
        if (_windows.UnhealthyAfter is { } unhealthy && quiet > unhealthy)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{_runtime.Descriptor.Name}: no successful call for {Describe(quiet)}; call {owner}.", data: data));
        }

        if (health.LastCallFailed)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{_runtime.Descriptor.Name}: its last call failed; owner {owner}.", data: data));
        }

        if (_windows.DegradedAfter is { } degraded && quiet > degraded)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{_runtime.Descriptor.Name}: no successful call for {Describe(quiet)}; owner {owner}.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"{_runtime.Descriptor.Name}: {(health.LastSuccess is null ? "no call yet" : "last call succeeded")}.", data));
    }

    private static string Describe(TimeSpan span) => span.TotalHours >= 1 ? $"{span.TotalHours:0.#} h" : $"{span.TotalMinutes:0.#} min";

    private static void Add(IDictionary<string, object> data, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            data[key] = value!;
        }
    }
}
