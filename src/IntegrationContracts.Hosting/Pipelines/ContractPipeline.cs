using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationContracts.Hosting;

/// <summary>
/// Builds an integration's contract pipeline, the one mechanism behind <c>AddIntegrationContract()</c> and
/// <see cref="IIntegrationPipelines"/>: the contract's call strategy outermost (telemetry, health, alerts on give-up),
/// then the declared retry. Only the retry's "what is transient" differs: HTTP responses for an HttpClient, exceptions otherwise.
/// </summary>
internal static class ContractPipeline
{
    /// <summary>The pipeline name the HttpClient resilience handler gets (Polly names it "{client}-{this}").</summary>
    public const string HttpPipelineName = "integration-contract";

    public static void ConfigureHttp(ResiliencePipelineBuilder<HttpResponseMessage> builder, ContractRuntime runtime, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IntegrationContractsOptions>>().Value;
        AddCallAndTimeout(builder, runtime, services, options);
        var retry = new HttpRetryStrategyOptions();
        if (ContractRetry.Configure(retry, runtime, options))
        {
            builder.AddRetry(retry);
        }
    }

    public static ResiliencePipeline Build(ContractRuntime runtime, IServiceProvider services, string pipelineName)
    {
        var options = services.GetRequiredService<IOptions<IntegrationContractsOptions>>().Value;
        var builder = new ResiliencePipelineBuilder { Name = pipelineName, TimeProvider = services.GetRequiredService<IntegrationClock>().Time };
        builder.ConfigureTelemetry(services.GetRequiredService<IOptions<Polly.Telemetry.TelemetryOptions>>().Value);
        AddCallAndTimeout(builder, runtime, services, options);
        var retry = new RetryStrategyOptions();
        if (ContractRetry.Configure(retry, runtime, options))
        {
            builder.AddRetry(retry);
        }

        return builder.Build();
    }

    /// <summary>
    /// The strategies before the retry, the same for every contract pipeline: the call strategy outermost, then the call's
    /// total timeout — a call that hangs becomes a failure the contract counts and alerts on, instead of waiting for a
    /// cancellation it could not tell from the caller's.
    /// </summary>
    private static void AddCallAndTimeout<TBuilder>(TBuilder builder, ContractRuntime runtime, IServiceProvider services, IntegrationContractsOptions options)
        where TBuilder : ResiliencePipelineBuilderBase
    {
        builder.AddStrategy(_ => CallStrategy(runtime, services), new CallStrategyOptions());
        if (options.Timeout is { } timeout)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout, Name = "integration-timeout" });
        }
    }

    private static ContractCallStrategy CallStrategy(ContractRuntime runtime, IServiceProvider services)
    {
        runtime.Health.MarkApplied();
        return new ContractCallStrategy(runtime, services.GetRequiredService<GiveUpAlerts>(), services.GetRequiredService<IntegrationClock>());
    }

    private sealed class CallStrategyOptions : ResilienceStrategyOptions
    {
        public CallStrategyOptions() => Name = "integration-contract-call";
    }
}
