using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The run-time side of every integration in the <see cref="IntegrationCatalog"/>, made at start-up, plus which Polly
/// pipeline serves which integration (so Polly's own telemetry gets the integration's tags).
/// </summary>
internal sealed class ContractRuntimes
{
    private readonly Dictionary<string, ContractRuntime> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ContractRuntime> _byPipelineName = new(StringComparer.Ordinal);

    public ContractRuntimes(IntegrationCatalog catalog)
    {
        Catalog = catalog;
        foreach (var descriptor in catalog.All)
        {
            _byName.Add(descriptor.Name, new ContractRuntime(descriptor));
        }
    }

    public IntegrationCatalog Catalog { get; }

    private int _noManifestReported;

    /// <summary><see langword="true"/> the first time only: "no manifest" is said once.</summary>
    public bool FirstToReportNoManifest() => System.Threading.Interlocked.Exchange(ref _noManifestReported, 1) == 0;

    public IEnumerable<ContractRuntime> All => _byName.Values;

    public ContractRuntime Of(IntegrationDescriptor descriptor) => _byName[descriptor.Name];

    /// <summary>Notes that the Polly pipeline of this name runs the integration's contract.</summary>
    public void ServesPipeline(string pipelineName, ContractRuntime runtime) => _byPipelineName[pipelineName] = runtime;

    /// <summary>The integration a Polly pipeline runs, or <see langword="null"/> for a pipeline that is not a contract's.</summary>
    public ContractRuntime? ForPipeline(string? pipelineName) =>
        pipelineName is not null && _byPipelineName.TryGetValue(pipelineName, out var runtime) ? runtime : null;
}
