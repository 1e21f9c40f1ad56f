using System;
using IntegrationContracts;
using IntegrationContracts.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Applies an integration's declared contract to its HttpClient, as <c>AddStandardResilienceHandler</c> applies the standard one.</summary>
public static class IntegrationContractHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds a resilience handler built from the contract of the integration this client serves: <c>AddHttpClient&lt;ShopOrderImport&gt;()</c>
    /// serves the integration <c>ShopOrderImport</c> declares; the declared <c>[RetryPolicy]</c> (attempts, backoff) retries
    /// transient HTTP failures, <c>[NoRetry]</c> makes one attempt; every call is counted, timed and traced with the
    /// integration's owner, and a call that gives up raises the integration's alert hooks once.
    /// </summary>
    /// <exception cref="IntegrationContractException">No integration, or more than one, matches the client's name; or its contract cannot run.</exception>
    public static IHttpClientBuilder AddIntegrationContract(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var runtimes = ContractServices.Runtimes(builder.Services);
        if (builder.Name is null)
        {
            // ConfigureHttpClientDefaults: every client of the app would run one integration's contract.
            throw new IntegrationContractException("HttpClient defaults",
                "AddIntegrationContract() applies one integration's contract to one client; call it on that client's AddHttpClient registration, not in ConfigureHttpClientDefaults.");
        }

        return Apply(builder, runtimes, runtimes.Catalog.ForHttpClient(builder.Name));
    }

    /// <summary>As <see cref="AddIntegrationContract(IHttpClientBuilder)"/>, for the integration with this name (a named client, or a client that serves a method-level integration).</summary>
    /// <exception cref="IntegrationContractException">No integration has this name; or its contract cannot run.</exception>
    public static IHttpClientBuilder AddIntegrationContract(this IHttpClientBuilder builder, string integrationName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(integrationName);
        var runtimes = ContractServices.Runtimes(builder.Services);
        if (builder.Name is null)
        {
            throw new IntegrationContractException(integrationName,
                "AddIntegrationContract(\"" + integrationName + "\") applies one integration's contract to one client; call it on that client's AddHttpClient registration, not in ConfigureHttpClientDefaults.");
        }

        return Apply(builder, runtimes, runtimes.Catalog.Get(integrationName));
    }

    private static IHttpClientBuilder Apply(IHttpClientBuilder builder, ContractRuntimes runtimes, IntegrationDescriptor descriptor)
    {
        runtimes.Catalog.ThrowIfCannotRun(descriptor);
        var runtime = runtimes.Of(descriptor);
        runtime.Health.MarkApplied();
        runtimes.ServesPipeline(builder.Name + "-" + ContractPipeline.HttpPipelineName, runtime);
        builder.AddResilienceHandler(ContractPipeline.HttpPipelineName, (pipeline, context) => ContractPipeline.ConfigureHttp(pipeline, runtime, context.ServiceProvider));
        return builder;
    }
}
