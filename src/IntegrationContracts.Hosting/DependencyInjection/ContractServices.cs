using System.Linq;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Polly.Telemetry;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The services every entry point needs, registered once per service collection: the catalog read at registration
/// (so an unknown name or an invalid contract fails while the app starts), the run-time state, the alerts, the pipelines.
/// </summary>
internal static class ContractServices
{
    /// <summary>The collection's contract runtimes, registering them (from <paramref name="assemblies"/>, else the entry assembly's graph) on first use.</summary>
    public static ContractRuntimes Runtimes(IServiceCollection services, Assembly[]? assemblies = null)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ContractRuntimes))?.ImplementationInstance as ContractRuntimes;
        if (existing is not null)
        {
            if (assemblies is { Length: > 0 } && assemblies.Except(existing.Catalog.Searched).FirstOrDefault() is { } late)
            {
                throw new IntegrationContractException(late.GetName().Name ?? "?",
                    "AddIntegrationContracts was already called without this assembly (AddIntegrationContract() calls it for you). Call AddIntegrationContracts(...) with every assembly that declares integrations first.");
            }

            return existing;
        }

        return Register(services, IntegrationCatalog.From(assemblies is { Length: > 0 } ? assemblies : ManifestAssemblies.OfEntryAssembly()));
    }

    /// <summary>Registers the services over a catalog (the benchmarks pass one made by hand).</summary>
    internal static ContractRuntimes Register(IServiceCollection services, IntegrationCatalog catalog)
    {
        var runtimes = new ContractRuntimes(catalog);
        services.AddSingleton(runtimes);
        services.AddSingleton(catalog);
        services.AddOptions<IntegrationContractsOptions>();
        services.TryAddSingleton(sp => new IntegrationClock(sp.GetService<System.TimeProvider>()));
        services.TryAddSingleton<GiveUpAlerts>();
        services.TryAddSingleton<IIntegrationPipelines, IntegrationPipelines>();
        services.AddLogging();
        services.TryAddTransient<LoggerAlertHook>();
        services.AddHttpClient(WebhookAlertHook.HttpClientName);
        services.Configure<TelemetryOptions>(options => options.MeteringEnrichers.Add(new IntegrationTagsEnricher(runtimes)));
        return runtimes;
    }

    /// <summary>Says once per application (its service collection) that no manifest was found: the contracts know no integration.</summary>
    public static void WarnIfNoManifest(ContractRuntimes runtimes, ILogger logger)
    {
        if (runtimes.Catalog.AssembliesWithManifest.Count == 0 && runtimes.FirstToReportNoManifest())
        {
            logger.LogWarning("{Problem}", IntegrationCatalog.NoManifestMessage(runtimes.Catalog.Searched));
        }
    }
}
