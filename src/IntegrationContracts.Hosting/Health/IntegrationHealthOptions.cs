using System;
using System.Collections.Generic;

namespace IntegrationContracts.Hosting;

/// <summary>When an integration's health check turns Degraded and Unhealthy.</summary>
public sealed class IntegrationHealthOptions
{
    /// <summary>
    /// Degraded when no call succeeded for this long (counted from start-up until the first success). Default 1 hour;
    /// <see langword="null"/>: only a failed last call degrades.
    /// </summary>
    public TimeSpan? DegradedAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Unhealthy when no call succeeded for this long. Default 4 hours; <see langword="null"/>: never Unhealthy.</summary>
    public TimeSpan? UnhealthyAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Windows for one integration (by name) that runs more or less often than the rest.</summary>
    public IDictionary<string, IntegrationHealthWindows> Integrations { get; } = new Dictionary<string, IntegrationHealthWindows>(StringComparer.Ordinal);

    internal IntegrationHealthWindows WindowsOf(string integration) =>
        Integrations.TryGetValue(integration, out var windows) ? windows : new IntegrationHealthWindows(DegradedAfter, UnhealthyAfter);
}

/// <summary>An integration's two health windows.</summary>
/// <param name="DegradedAfter">Degraded when no call succeeded for this long.</param>
/// <param name="UnhealthyAfter">Unhealthy when no call succeeded for this long.</param>
public sealed record IntegrationHealthWindows(TimeSpan? DegradedAfter, TimeSpan? UnhealthyAfter);
