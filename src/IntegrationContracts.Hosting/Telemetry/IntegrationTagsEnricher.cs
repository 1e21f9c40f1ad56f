using Polly.Telemetry;

namespace IntegrationContracts.Hosting;

/// <summary>Gives Polly's own resilience events (meter <c>Polly</c>) of a contract pipeline the integration's five tags.</summary>
internal sealed class IntegrationTagsEnricher : MeteringEnricher
{
    private readonly ContractRuntimes _runtimes;

    public IntegrationTagsEnricher(ContractRuntimes runtimes) => _runtimes = runtimes;

    public override void Enrich<TResult, TArgs>(in EnrichmentContext<TResult, TArgs> context)
    {
        if (_runtimes.ForPipeline(context.TelemetryEvent.Source.PipelineName) is { } runtime)
        {
            foreach (var tag in runtime.Tags)
            {
                context.Tags.Add(tag);
            }
        }
    }
}
