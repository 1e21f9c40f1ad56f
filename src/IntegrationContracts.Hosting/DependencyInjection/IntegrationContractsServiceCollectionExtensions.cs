using System;
using System.Reflection;
using IntegrationContracts;
using IntegrationContracts.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the declared integration contracts at run time: pipelines, alerts, telemetry and health checks.</summary>
public static class IntegrationContractsServiceCollectionExtensions
{
    /// <summary>
    /// Reads the integrations' contracts from the manifests the generator embeds (in <paramref name="assemblies"/>, or by
    /// default the entry assembly and the assemblies it references that use IntegrationContracts) and registers
    /// <see cref="IIntegrationPipelines"/>, whose pipelines run each declared retry with owner-tagged telemetry and raise
    /// the integration's alert hooks when a call gives up.
    /// </summary>
    /// <remarks>A contract that cannot run (a name used twice, an invalid retry, a hook type that cannot be loaded) is kept with its problem and fails where it is applied.</remarks>
    /// <exception cref="IntegrationContractException">Called again with an assembly the first call did not read.</exception>
    public static IServiceCollection AddIntegrationContracts(this IServiceCollection services, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ContractServices.Runtimes(services, assemblies);
        return services;
    }

    /// <summary>As <see cref="AddIntegrationContracts(IServiceCollection, Assembly[])"/>, and sets how the pipelines run (delays, jitter, default attempts, hook timeout).</summary>
    public static IServiceCollection AddIntegrationContracts(this IServiceCollection services, Action<IntegrationContractsOptions> configure, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddIntegrationContracts(assemblies);
        services.Configure(configure);
        return services;
    }

    /// <summary>
    /// One health check per integration, named <c>integration:&lt;name&gt;</c> and tagged <c>integration</c> and its owner:
    /// Degraded when its last call failed or nothing succeeded within <see cref="IntegrationHealthOptions.DegradedAfter"/>,
    /// Unhealthy past <see cref="IntegrationHealthOptions.UnhealthyAfter"/>. Each result's data holds owner, contact, on-call and runbook.
    /// </summary>
    public static IHealthChecksBuilder AddIntegrationHealthChecks(this IServiceCollection services, Action<IntegrationHealthOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var runtimes = ContractServices.Runtimes(services);
        var options = new IntegrationHealthOptions();
        configure?.Invoke(options);
        foreach (var name in options.Integrations.Keys)
        {
            runtimes.Catalog.Get(name); // an unknown name fails now, not never
        }

        var builder = services.AddHealthChecks();
        foreach (var runtime in runtimes.All)
        {
            var windows = options.WindowsOf(runtime.Descriptor.Name);
            builder.Add(new HealthCheckRegistration(
                "integration:" + runtime.Descriptor.Name,
                sp => new IntegrationHealthCheck(runtime, windows, sp.GetRequiredService<IntegrationClock>()),
                failureStatus: null,
                tags: new[] { "integration", runtime.Descriptor.OwnerTeam ?? IntegrationTags.Unowned }));
        }

        return builder;
    }

    /// <summary>Configures <see cref="WebhookAlertHook"/>: where it posts and in which shape.</summary>
    public static IServiceCollection AddIntegrationWebhookAlerts(this IServiceCollection services, Action<WebhookAlertOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        ContractServices.Runtimes(services);
        services.Configure(configure);
        services.AddTransient<WebhookAlertHook>();
        return services;
    }
}
