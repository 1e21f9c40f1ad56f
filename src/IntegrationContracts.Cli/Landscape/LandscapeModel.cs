using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Landscape;

/// <summary>One service of the landscape: one assembly's manifest, and where it was read from.</summary>
internal sealed record Service(string Name, string Version, string Origin, ManifestDocument Manifest)
{
    public int Ready => Manifest.Integrations.Count(i => i.IsReady);
}

/// <summary>An integration and the service that declares it.</summary>
internal sealed record LandscapeIntegration(Service Service, ManifestIntegration Integration)
{
    /// <summary>The owning team as written, or <see langword="null"/> when the integration has none.</summary>
    public string? Team => ContractNames.Normalize(Integration.Owner?.Team);
}

internal enum FindingKind
{
    /// <summary>Declarations in the landscape name different masters for one business object in one process.</summary>
    SourceOfTruthConflict,

    /// <summary>An integration moves an object from a system that another service declares is not its master.</summary>
    NotFromMaster,

    /// <summary>Two services declare an integration with the same name.</summary>
    DuplicateName,

    /// <summary>A system that appears in flows, none of which has an owner.</summary>
    UnownedSystem,
}

/// <summary>Who says what, behind a finding: the service and its statement.</summary>
internal sealed record FindingEvidence(string Service, string Statement);

/// <summary>One landscape problem. <see cref="Key"/> identifies it across two landscapes (diff), whatever the wording.</summary>
internal sealed record Finding(FindingKind Kind, string Subject, string? Process, string Message, IReadOnlyList<FindingEvidence> Evidence)
{
    public string KindName => Kind switch
    {
        FindingKind.SourceOfTruthConflict => "sourceOfTruthConflict",
        FindingKind.NotFromMaster => "notFromMaster",
        FindingKind.DuplicateName => "duplicateName",
        _ => "unownedSystem",
    };

    public string Title => Kind switch
    {
        FindingKind.SourceOfTruthConflict => "Source-of-truth conflict",
        FindingKind.NotFromMaster => "Not from the master",
        FindingKind.DuplicateName => "Duplicate name",
        _ => "Unowned system",
    };

    /// <summary>Conflicts between services' declarations (what <c>--fail-on conflicts</c> gates on).</summary>
    public bool IsConflict => Kind is not FindingKind.UnownedSystem;

    public string Key => $"{KindName}|{Subject.ToUpperInvariant()}|{Process?.ToUpperInvariant()}";
}

/// <summary>
/// An integration whose own build found no retry, re-judged by the landscape: the host that runs it applies HttpClient
/// defaults with a retry (its manifest's <c>exports.appliesHttpClientDefaults</c>) and lists the integration's assembly
/// among those it loads, and the integration calls through an HttpClient.
/// </summary>
internal sealed record HostRetry(string Service, string Integration, string Host, string Evidence);

/// <summary>How ready one team's integrations are, and which properties are missing how often.</summary>
internal sealed record TeamReadiness(string Team, int Integrations, int Ready, IReadOnlyList<KeyValuePair<string, int>> Gaps);
