using System;
using System.Collections.Generic;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The readiness properties every format reports, in one list: the JSON <c>readiness</c> object, the scorecard's
/// ✓/✗ columns and the Backstage annotations all come from here, so a new property appears everywhere at once.
/// </summary>
internal static class ManifestReadiness
{
    public static readonly IReadOnlyList<ReadinessProperty> Properties = new[]
    {
        new ReadinessProperty("owner", "Owner", static integration => integration.Owner is not null),
        new ReadinessProperty("supportPath", "Support path", static integration => integration.HasSupportPath),
        new ReadinessProperty("retry", "Retry", static integration => integration.Retry is not null),
        new ReadinessProperty("alert", "Alert", static integration => !integration.AlertHooks.IsEmpty),
        new ReadinessProperty("sourceOfTruth", "Source of truth", static integration => integration.HasSourcesOfTruth),
    };

    /// <summary>Whether every readiness property holds.</summary>
    public static bool IsReady(IntegrationModel integration)
    {
        foreach (var property in Properties)
        {
            if (!property.Holds(integration))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One readiness property: its JSON key, the column title people read, and its verdict.</summary>
internal sealed class ReadinessProperty
{
    private readonly Func<IntegrationModel, bool> _holds;

    public ReadinessProperty(string key, string title, Func<IntegrationModel, bool> holds)
    {
        Key = key;
        Title = title;
        _holds = holds;
    }

    public string Key { get; }

    public string Title { get; }

    public bool Holds(IntegrationModel integration) => _holds(integration);
}
