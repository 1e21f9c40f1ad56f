using System.Collections.Generic;

namespace IntegrationContracts.Shared.Manifest;

// The manifest as the build task reads it back from the JSON the generator embedded: the input of every other
// format, so each renderer shows exactly what the JSON (and so the build's warnings) says.

/// <summary>One <c>integrations.manifest.json</c>.</summary>
internal sealed record ManifestDocument(
    string GeneratorName,
    string GeneratorVersion,
    string AssemblyName,
    string AssemblyVersion,
    IReadOnlyList<ManifestIntegration> Integrations,
    IReadOnlyList<ManifestSourceOfTruth> SourcesOfTruth)
{
    /// <summary>What the assembly exports to the compilations that reference it and to the landscape (none in older manifests).</summary>
    public ManifestExports Exports { get; init; } = ManifestExports.None;

    /// <summary><c>application</c> or <c>library</c>; <see langword="null"/> in manifests of earlier builds.</summary>
    public string? AssemblyKind { get; init; }
}

/// <summary>One integration, with its readiness verdicts in the manifest's order.</summary>
internal sealed record ManifestIntegration(
    string Name,
    string TypeName,
    string? MemberName,
    string? Source,
    string? Target,
    string? Process,
    string? Description,
    IReadOnlyList<ManifestCarriedObject> Objects,
    ManifestOwner? Owner,
    IReadOnlyList<ReadinessVerdict> Readiness)
{
    public bool IsReady
    {
        get
        {
            foreach (var verdict in Readiness)
            {
                if (!verdict.Holds)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>A carried object and the system that masters it in the integration's process (null: none, or conflicting).</summary>
internal sealed record ManifestCarriedObject(string Type, string? SourceOfTruth);

/// <summary>The resolved owner; <c>DeclaredOn</c> is <c>member</c>, <c>type</c> or <c>assembly</c>.</summary>
internal sealed record ManifestOwner(string? Team, string? Contact, string? OnCall, string? Runbook, string? DeclaredOn);

/// <summary>
/// One readiness property: its key (<c>owner</c>, <c>supportPath</c>, ...), whether it holds, and the verdict
/// (<c>declared</c>, <c>notApplicable</c>, <c>missing</c>, ...).
/// </summary>
internal sealed record ReadinessVerdict(string Key, bool Holds, string Verdict)
{
    public bool IsNotApplicable => Verdict == "notApplicable";

    /// <summary>The column title people read; a property a newer generator adds shows under its key.</summary>
    public string Title => Key switch
    {
        "owner" => "Owner",
        "supportPath" => "Support path",
        "retry" => "Retry",
        "alert" => "Alert",
        "sourceOfTruth" => "Source of truth",
        "failureHandling" => "Failure handling",
        "contractValues" => "Contract values",
        _ => Key,
    };
}

/// <summary>One <c>[SourceOfTruth]</c> declaration. <c>Process</c> null means every process.</summary>
internal sealed record ManifestSourceOfTruth(string Object, string? Process, string System, string DeclaredOn, string Assembly);
