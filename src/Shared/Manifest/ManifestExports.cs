using System.Collections.Generic;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// What an assembly's manifest tells the compilations that reference it (the manifest's <c>exports</c>, an addition to
/// schema 1): the facts another compilation cannot see because they live in method bodies. Only public surface, and no
/// support details: an export names types, members and the evidence the model recognised, never an owner's contact.
/// </summary>
/// <param name="Types">Public types through which a call reaches an integration of the assembly, or retries.</param>
/// <param name="HttpClientDefaults">Public methods that, when called, give every HttpClient of the caller a retry (a service-defaults library's <c>AddServiceDefaults</c>).</param>
/// <param name="AppliedHttpClientDefaults">This assembly itself gives every HttpClient of its process a retry (a host): the landscape reads it to re-judge the modules it loads.</param>
/// <param name="UsesHttpClient">Names of this assembly's integrations whose calls go through an HttpClient (what a host's defaults cover).</param>
/// <param name="Loads">For a host that applies HttpClient defaults: the assemblies it runs in its process — the referenced
/// ones built with IntegrationContracts, and the plugins named in <c>IntegrationContractsPlugins</c>.</param>
internal sealed record ManifestExports(
    IReadOnlyList<ExportedType> Types,
    IReadOnlyList<ExportedDefaults> HttpClientDefaults,
    ExportedRetry? AppliedHttpClientDefaults,
    IReadOnlyList<string> UsesHttpClient,
    IReadOnlyList<string> Loads)
{
    public static readonly ManifestExports None = new([], [], null, [], []);
}

/// <summary>
/// A public class or interface of the exporting assembly. <paramref name="Integration"/> says why calls through it reach
/// an integration (<c>uses SmtpClient</c>), <paramref name="ImplementedBy"/> which class does it when the type is an
/// interface; <paramref name="Retry"/> why every call through it retries.
/// </summary>
internal sealed record ExportedType(string Type, string? ImplementedBy, string? Integration, ExportedRetry? Retry);

/// <summary>A public static method whose call applies HttpClient defaults with a retry: <c>Type.Method</c> (type fully qualified).</summary>
internal sealed record ExportedDefaults(string Method, ExportedRetry Retry);

/// <summary>Retry as the exporting build recognised it: its evidence kind (as in the manifest's <c>retry.evidence</c>) and description.</summary>
internal sealed record ExportedRetry(string Kind, string Description);
