using System;
using System.Collections.Generic;
using Polly;

namespace IntegrationContracts.Hosting;

/// <summary>Every integration's pipeline, built once at first use and shared (pipelines are thread-safe); lookups are dictionary reads.</summary>
internal sealed class IntegrationPipelines : IIntegrationPipelines
{
    private readonly Dictionary<string, Lazy<ResiliencePipeline>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Lazy<ResiliencePipeline>> _byType = new();

    // A contract that cannot run (see IntegrationCatalog.ThrowIfCannotRun) gets a pipeline that throws its problem when asked for.
    private readonly IntegrationCatalog _catalog;

    public IntegrationPipelines(ContractRuntimes runtimes, IServiceProvider services, Microsoft.Extensions.Logging.ILogger<IntegrationPipelines> logger)
    {
        _catalog = runtimes.Catalog;
        ContractServices.WarnIfNoManifest(runtimes, logger);
        foreach (var runtime in runtimes.All)
        {
            var pipelineName = "integration:" + runtime.Descriptor.Name;
            runtimes.ServesPipeline(pipelineName, runtime);
            var pipeline = new Lazy<ResiliencePipeline>(() =>
            {
                _catalog.ThrowIfCannotRun(runtime.Descriptor);
                return ContractPipeline.Build(runtime, services, pipelineName);
            });
            _byName.Add(runtime.Descriptor.Name, pipeline);
            if (runtime.Descriptor is { IntegrationType: { } type, MemberName: null })
            {
                _byType[type] = pipeline;
            }
        }
    }

    public ResiliencePipeline For<TIntegration>() =>
        _byType.TryGetValue(Definition<TIntegration>.Type, out var pipeline) ? pipeline.Value : throw _catalog.UnknownType(typeof(TIntegration));

    /// <summary>The type the manifest names for <typeparamref name="T"/>: a generic type by its definition, worked out once per type.</summary>
    private static class Definition<T>
    {
        public static readonly Type Type = typeof(T).IsGenericType ? typeof(T).GetGenericTypeDefinition() : typeof(T);
    }

    public ResiliencePipeline For(string integrationName)
    {
        ArgumentNullException.ThrowIfNull(integrationName);
        return _byName.TryGetValue(integrationName, out var pipeline) ? pipeline.Value : throw _catalog.UnknownName(integrationName);
    }
}
