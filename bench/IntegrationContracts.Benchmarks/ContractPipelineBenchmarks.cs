using System.Diagnostics.Metrics;
using System.Net;
using BenchmarkDotNet.Attributes;
using IntegrationContracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// Per call: the contract pipeline (IntegrationContracts.Hosting) against the same Polly pipeline built by hand — the same
/// total timeout (30 s) and retry (3 attempts, exponential, no delay so the retry path measures the pipeline, not a
/// wait), on the success path and
/// on the path with one retry; for an HttpClient (<c>AddIntegrationContract()</c> against <c>AddResilienceHandler</c>
/// with the same retry, over an in-memory handler) and for a bare pipeline (<c>IIntegrationPipelines.For</c> against
/// <c>ResiliencePipelineBuilder</c> with the telemetry the DI registry gives every pipeline). <see cref="Listening"/>
/// turns on a MeterListener for both meters, as an OpenTelemetry exporter does in production.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ContractPipelineBenchmarks
{
    private const string Integration = "bench-orders";

    private ServiceProvider _services = null!;
    private MeterListener? _listener;
    private ResiliencePipeline _handBuilt = null!;
    private ResiliencePipeline _handBuiltWithEmptyStrategy = null!;
    private ResiliencePipeline _contract = null!;
    private HttpClient _handBuiltHttp = null!;
    private HttpClient _contractHttp = null!;
    private readonly Flaky _flaky = new();

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        var descriptor = new IntegrationDescriptor(Integration, "Bench.Orders", source: "Shop", target: "ERP", process: "Order-to-Cash", ownerTeam: "erp-team",
            retry: new RetryDescriptor(3, RetryBackoff.Exponential, null, null));
        ContractServices.Register(services, IntegrationCatalog.Of(new[] { descriptor }));
        services.Configure<IntegrationContractsOptions>(o =>
        {
            o.RetryDelay = TimeSpan.Zero;
            o.UseJitter = false;
        });
        services.AddHttpClient("hand-built").ConfigurePrimaryHttpMessageHandler(() => new InMemoryHandler(_flaky))
            .AddResilienceHandler("hand-built", pipeline => pipeline
                .AddTimeout(TimeSpan.FromSeconds(30))
                .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.Zero, BackoffType = DelayBackoffType.Exponential, UseJitter = false }));
        services.AddHttpClient("contract").ConfigurePrimaryHttpMessageHandler(() => new InMemoryHandler(_flaky)).AddIntegrationContract(Integration);
        _services = services.BuildServiceProvider();

        _handBuilt = new ResiliencePipelineBuilder { Name = "hand-built" }
            .ConfigureTelemetry(_services.GetRequiredService<IOptions<TelemetryOptions>>().Value)
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.Zero, BackoffType = DelayBackoffType.Exponential, UseJitter = false })
            .Build();
        // The same pipeline with one more strategy that does nothing: what Polly itself charges for the contract's
        // outer strategy, apart from that strategy's own work.
        _handBuiltWithEmptyStrategy = new ResiliencePipelineBuilder { Name = "hand-built-empty" }
            .ConfigureTelemetry(_services.GetRequiredService<IOptions<TelemetryOptions>>().Value)
            .AddStrategy(_ => new EmptyStrategy(), new EmptyStrategyOptions())
            .AddTimeout(TimeSpan.FromSeconds(30))
            .AddRetry(new RetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.Zero, BackoffType = DelayBackoffType.Exponential, UseJitter = false })
            .Build();
        _contract = _services.GetRequiredService<IIntegrationPipelines>().For(Integration);
        var clients = _services.GetRequiredService<IHttpClientFactory>();
        _handBuiltHttp = clients.CreateClient("hand-built");
        _contractHttp = clients.CreateClient("contract");

        if (Listening)
        {
            _listener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name is IntegrationTelemetry.Name or "Polly")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _listener.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
            _listener.SetMeasurementEventCallback<int>(static (_, _, _, _) => { });
            _listener.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
            _listener.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener?.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("pipeline", "success")]
    public ValueTask<int> HandBuiltPipeline_Success() => _handBuilt.ExecuteAsync(static _ => ValueTask.FromResult(1));

    [Benchmark, BenchmarkCategory("pipeline", "success")]
    public ValueTask<int> HandBuiltPipelineWithEmptyStrategy_Success() => _handBuiltWithEmptyStrategy.ExecuteAsync(static _ => ValueTask.FromResult(1));

    [Benchmark, BenchmarkCategory("pipeline", "success")]
    public ValueTask<int> ContractPipeline_Success() => _contract.ExecuteAsync(static _ => ValueTask.FromResult(1));

    [Benchmark(Baseline = true), BenchmarkCategory("pipeline", "one-retry")]
    public ValueTask<int> HandBuiltPipeline_OneRetry() => _handBuilt.ExecuteAsync(static (flaky, _) => flaky.SecondAttemptSucceeds(), _flaky.Next());

    [Benchmark, BenchmarkCategory("pipeline", "one-retry")]
    public ValueTask<int> ContractPipeline_OneRetry() => _contract.ExecuteAsync(static (flaky, _) => flaky.SecondAttemptSucceeds(), _flaky.Next());

    [Benchmark(Baseline = true), BenchmarkCategory("http", "success")]
    public async Task<HttpStatusCode> HandBuiltHttp_Success()
    {
        using var response = await _handBuiltHttp.GetAsync("http://erp.local/orders").ConfigureAwait(false);
        return response.StatusCode;
    }

    [Benchmark, BenchmarkCategory("http", "success")]
    public async Task<HttpStatusCode> ContractHttp_Success()
    {
        using var response = await _contractHttp.GetAsync("http://erp.local/orders").ConfigureAwait(false);
        return response.StatusCode;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("http", "one-retry")]
    public async Task<HttpStatusCode> HandBuiltHttp_OneRetry()
    {
        _flaky.Next();
        using var response = await _handBuiltHttp.GetAsync("http://erp.local/flaky").ConfigureAwait(false);
        return response.StatusCode;
    }

    [Benchmark, BenchmarkCategory("http", "one-retry")]
    public async Task<HttpStatusCode> ContractHttp_OneRetry()
    {
        _flaky.Next();
        using var response = await _contractHttp.GetAsync("http://erp.local/flaky").ConfigureAwait(false);
        return response.StatusCode;
    }

    private sealed class EmptyStrategy : ResilienceStrategy
    {
        protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state) =>
            callback(context, state);
    }

    private sealed class EmptyStrategyOptions : ResilienceStrategyOptions
    {
    }

    /// <summary>Fails the first attempt of each call and lets the second through (calls run one at a time here).</summary>
    private sealed class Flaky
    {
        private int _attempt;

        public Flaky Next()
        {
            _attempt = 0;
            return this;
        }

        public ValueTask<int> SecondAttemptSucceeds() =>
            ++_attempt == 1 ? ValueTask.FromException<int>(new HttpRequestException("transient")) : ValueTask.FromResult(_attempt);

        public bool FailThisAttempt() => ++_attempt == 1;
    }

    /// <summary>The server: 200 for /orders; for /flaky, 503 on the first attempt of a call and 200 after.</summary>
    private sealed class InMemoryHandler(Flaky flaky) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(request.RequestUri!.AbsolutePath == "/flaky" && flaky.FailThisAttempt() ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
    }
}
