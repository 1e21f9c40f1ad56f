using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Landscape;

/// <summary>
/// Host-level retry: a library's build cannot see the HttpClient defaults of the application that runs it, so its
/// integrations that call through an HttpClient can have no retry there (IC0002 says a host may cover them). The
/// landscape sees both manifests: when a host applies HttpClient defaults with a retry and lists the library among the
/// assemblies it runs (its references, and <c>IntegrationContractsPlugins</c>), such an integration's retry verdict
/// becomes <c>coveredByHost</c>, and <see cref="HostRetry"/> says which host and why. Nothing else is re-judged.
/// </summary>
internal static class HostCoverage
{
    public const string Verdict = "coveredByHost";

    public static (IReadOnlyList<ManifestDocument> Documents, IReadOnlyList<HostRetry> Changes) Apply(IReadOnlyList<ManifestDocument> documents)
    {
        var hosts = documents.Where(d => d.Exports.AppliedHttpClientDefaults is not null).ToList();
        if (hosts.Count == 0)
        {
            return (documents, []);
        }

        var changes = new List<HostRetry>();
        var result = documents.Select(document =>
        {
            var host = hosts.FirstOrDefault(h => h.Exports.Loads.Contains(document.AssemblyName, StringComparer.OrdinalIgnoreCase));
            if (host is null || document.Exports.UsesHttpClient.Count == 0)
            {
                return document;
            }

            var integrations = document.Integrations.Select(integration =>
            {
                if (!document.Exports.UsesHttpClient.Contains(integration.Name, StringComparer.Ordinal)
                    || integration.Readiness.FirstOrDefault(v => v.Key == "retry") is not { Holds: false, Verdict: "missing" })
                {
                    return integration;
                }

                changes.Add(new HostRetry(document.AssemblyName, integration.Name, host.AssemblyName, host.Exports.AppliedHttpClientDefaults!.Description));
                return integration with
                {
                    Readiness = integration.Readiness.Select(v => v.Key == "retry" ? v with { Holds = true, Verdict = Verdict } : v).ToList(),
                };
            }).ToList();
            return document with { Integrations = integrations };
        }).ToList();
        return (result, changes);
    }
}
