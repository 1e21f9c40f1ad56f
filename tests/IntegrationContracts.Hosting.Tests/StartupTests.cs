using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>Bad input fails while the app registers its services, naming the integration, never at the first failing call.</summary>
public sealed class StartupTests
{
    [Fact]
    public void An_unknown_integration_name_fails_at_registration()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(ErpOrderSync).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.AddHttpClient("erp").AddIntegrationContract("erp-order-synk"));

        Assert.Equal("erp-order-synk", error.Integration);
        Assert.Contains("is not in the manifests of IntegrationContracts.Hosting.Tests", error.Message);
        Assert.Contains("erp-order-sync", error.Message);
    }

    [Fact]
    public void A_typed_client_that_is_no_integration_fails_at_registration()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(ErpOrderSync).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.AddHttpClient<AlertSink>().AddIntegrationContract());

        Assert.Contains("an integration for the HttpClient 'AlertSink'", error.Message);
    }

    [Fact]
    public void A_contract_with_an_invalid_retry_fails_where_it_is_applied_naming_the_integration()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(InvalidContracts.ZeroAttemptsExport).Assembly, typeof(ErpOrderSync).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.AddHttpClient("lake").AddIntegrationContract("zero-attempts-export"));
        using var provider = services.BuildServiceProvider();
        var fromPipelines = Assert.Throws<IntegrationContractException>(() => provider.GetRequiredService<IIntegrationPipelines>().For("zero-attempts-export"));

        Assert.Equal("zero-attempts-export", error.Integration);
        Assert.Contains("[RetryPolicy(0)] is invalid", error.Message);
        Assert.Equal(error.Message, fromPipelines.Message);

        // The application's other contracts still run: one broken declaration does not take every integration down.
        services.AddHttpClient<ErpOrderSync>().AddIntegrationContract();
        Assert.NotNull(provider.GetRequiredService<IIntegrationPipelines>().For<InvoiceMailer>());
    }

    [Fact]
    public void A_hook_type_that_cannot_be_loaded_or_is_no_hook_is_a_problem_of_the_contract()
    {
        var unloadable = new IntegrationDescriptor("ledger-export", "Contoso.LedgerExport",
            alertHooks: new[] { new AlertHookDescriptor("Contoso.LedgerExport+PagerHook", null, AlertAudience.Technical) });
        var noHook = new IntegrationDescriptor("ledger-import", "Contoso.LedgerImport",
            alertHooks: new[] { new AlertHookDescriptor(typeof(AlertSink).FullName!, typeof(AlertSink), AlertAudience.Technical) });

        Assert.StartsWith("its alert hook Contoso.LedgerExport+PagerHook cannot be loaded", ContractValues.Problem(unloadable));
        Assert.Contains("does not implement IIntegrationAlertHook (IC0014)", ContractValues.Problem(noHook));
        Assert.Null(ContractValues.Problem(new IntegrationDescriptor("ledger-sync", "Contoso.LedgerSync")));
    }

    [Fact]
    public void A_contract_for_every_client_of_the_app_is_refused_with_a_reason()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(ErpOrderSync).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.ConfigureHttpClientDefaults(http => http.AddIntegrationContract()));

        Assert.Contains("not in ConfigureHttpClientDefaults", error.Message);
    }

    [Fact]
    public void No_manifest_says_so_and_how_to_get_one()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(object).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.AddHttpClient("erp").AddIntegrationContract("erp-order-sync"));

        Assert.Contains("No IntegrationContracts manifest was found in System.Private.CoreLib", error.Message);
        Assert.Contains("IntegrationContractsEmbedManifest=full", error.Message);
    }

    [Fact]
    public void No_manifest_is_logged_once_when_the_pipelines_start()
    {
        var logs = new LogRecorder();
        var services = new ServiceCollection().AddLogging(l => l.AddProvider(logs)).AddIntegrationContracts(typeof(object).Assembly);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IIntegrationPipelines>();

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("No IntegrationContracts manifest was found in System.Private.CoreLib", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assembly_added_after_the_catalog_was_read_is_refused_rather_than_ignored()
    {
        var services = new ServiceCollection().AddIntegrationContracts(typeof(object).Assembly);

        var error = Assert.Throws<IntegrationContractException>(() => services.AddIntegrationContracts(typeof(ErpOrderSync).Assembly));

        Assert.Contains("AddIntegrationContracts was already called without this assembly", error.Message);
    }
}
