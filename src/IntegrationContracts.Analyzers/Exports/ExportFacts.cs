using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Analyzers.Exports;

/// <summary>
/// The manifest's <c>exports</c> as generator values (equatable, so an unchanged export keeps the manifest cached): what
/// <see cref="ExportCollector"/> found, in a stable order.
/// </summary>
internal sealed record ExportFacts(
    EquatableArray<ExportedType> Types,
    EquatableArray<ExportedDefaults> HttpClientDefaults,
    ExportedRetry? AppliedHttpClientDefaults,
    EquatableArray<string> UsesHttpClient,
    EquatableArray<string> Loads)
{
    public static readonly ExportFacts None = new(EquatableArray<ExportedType>.Empty, EquatableArray<ExportedDefaults>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    public bool IsEmpty => Types.IsEmpty && HttpClientDefaults.IsEmpty && AppliedHttpClientDefaults is null && UsesHttpClient.IsEmpty && Loads.IsEmpty;
}
