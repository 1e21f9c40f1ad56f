using System;
using System.Collections.Generic;
using IntegrationContracts.Analyzers.Contracts;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The readiness properties every format reports, in one list: the JSON <c>readiness</c> and <c>verdicts</c> objects,
/// the scorecard's columns and the Backstage annotations all come from here, and every value is the integration's
/// <see cref="IntegrationVerdicts"/> — the verdict its rule reports from.
/// </summary>
internal static class ManifestReadiness
{
    public static readonly IReadOnlyList<ReadinessProperty> Properties = new[]
    {
        new ReadinessProperty("owner", "Owner", static verdicts => verdicts.Owner),
        new ReadinessProperty("supportPath", "Support path", static verdicts => verdicts.SupportPath),
        new ReadinessProperty("retry", "Retry", static verdicts => verdicts.Retry),
        new ReadinessProperty("alert", "Alert", static verdicts => verdicts.Alert),
        new ReadinessProperty("sourceOfTruth", "Source of truth", static verdicts => verdicts.SourceOfTruth),
        new ReadinessProperty("failureHandling", "Failure handling", static verdicts => verdicts.FailureHandling),
        new ReadinessProperty("contractValues", "Contract values", static verdicts => verdicts.ContractValues),
    };

    /// <summary>Whether every readiness property holds.</summary>
    public static bool IsReady(IntegrationModel integration) => integration.Verdicts.IsReady;
}

/// <summary>One readiness property: its JSON key, the column title people read, and where its verdict is.</summary>
internal sealed class ReadinessProperty
{
    private readonly Func<IntegrationVerdicts, Verdict> _verdict;

    public ReadinessProperty(string key, string title, Func<IntegrationVerdicts, Verdict> verdict)
    {
        Key = key;
        Title = title;
        _verdict = verdict;
    }

    public string Key { get; }

    public string Title { get; }

    public Verdict VerdictOf(IntegrationModel integration) => _verdict(integration.Verdicts);

    public bool Holds(IntegrationModel integration) => VerdictOf(integration).Holds();
}
