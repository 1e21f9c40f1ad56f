using IntegrationContracts.Cli.Inputs;
using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Tests;

public sealed class LandscapeMergeTests
{
    private static IntegrationLandscape Merge(params ManifestBuilder[] services) =>
        IntegrationLandscape.Merge(services.Select(s => new ManifestInput(s.Assembly + ".json", ManifestDocumentReader.Read(s.Json()))).ToList());

    [Fact]
    public void Objects_meet_across_services_by_business_name_and_their_masters_conflict()
    {
        var landscape = Merge(
            new ManifestBuilder("Contoso.Billing").SourceOfTruth("Contoso.Billing.Customer", "Stripe"),
            new ManifestBuilder("Fabrikam.Erp").SourceOfTruth("Fabrikam.Erp.Domain.Customer", " crm "));

        var finding = Assert.Single(landscape.Findings);
        Assert.Equal(FindingKind.SourceOfTruthConflict, finding.Kind);
        Assert.Equal("Customer", finding.Subject);
        Assert.Null(finding.Process);
        Assert.Contains("Stripe", finding.Message);
        Assert.Contains("crm", finding.Message);
        Assert.Equal(["Contoso.Billing", "Fabrikam.Erp"], finding.Evidence.Select(e => e.Service).Order());
    }

    [Fact]
    public void The_same_master_spelled_differently_is_no_conflict_and_a_library_declaration_counts_once()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop").SourceOfTruth("Shop.Customer", "CRM").SourceOfTruth("Shared.Item", "PIM", declaredIn: "Shared"),
            new ManifestBuilder("Erp").SourceOfTruth("Erp.Customer", "crm").SourceOfTruth("Shared.Item", "PIM", declaredIn: "Shared"));

        Assert.Empty(landscape.Findings);
    }

    [Fact]
    public void Masters_are_compared_per_process()
    {
        var landscape = Merge(
            new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM"),
            new ManifestBuilder("Erp").SourceOfTruth("Erp.Customer", "ERP", process: "Invoicing"),
            new ManifestBuilder("Billing").SourceOfTruth("Billing.Customer", "Stripe", process: "invoicing "));

        var finding = Assert.Single(landscape.Findings);
        Assert.Equal("Invoicing", finding.Process, ignoreCase: true);
        Assert.DoesNotContain("CRM", finding.Message);
    }

    [Fact]
    public void A_flow_that_does_not_start_at_the_master_another_service_declares_is_reported()
    {
        var landscape = Merge(
            new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM"),
            new ManifestBuilder("Billing").Integration("stripe-customers-to-erp", source: "Stripe", objects: ["Billing.Customer"]));

        var finding = Assert.Single(landscape.Findings);
        Assert.Equal(FindingKind.NotFromMaster, finding.Kind);
        Assert.Equal("stripe-customers-to-erp", finding.Subject);
        Assert.Contains("Crm declares CRM its master", finding.Message);

        // The table reads the same verdict as the finding: not ready on source of truth.
        var integration = Assert.Single(landscape.Integrations).Integration;
        Assert.Equal(("notFromMaster", false), integration.Readiness.Single(v => v.Key == "sourceOfTruth") is var v ? (v.Verdict, v.Holds) : default);
        Assert.False(integration.IsReady);
        Assert.Equal(0, landscape.Ready);
        Assert.Equal(0, landscape.Services.Single(s => s.Name == "Billing").Ready);
    }

    [Fact]
    public void A_flow_against_its_own_services_declaration_is_left_to_the_build_IC0009()
    {
        var landscape = Merge(
            new ManifestBuilder("Billing").SourceOfTruth("Billing.Customer", "CRM").Integration("stripe-customers-to-erp", source: "Stripe", objects: ["Billing.Customer"]));

        Assert.Empty(landscape.Findings);
    }

    [Fact]
    public void A_flow_from_the_master_is_fine_and_a_process_declaration_wins_over_a_general_one()
    {
        var landscape = Merge(
            new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM").SourceOfTruth("Crm.Customer", "ERP", process: "Invoicing"),
            new ManifestBuilder("Billing")
                .Integration("customers-from-crm", source: "crm", objects: ["Billing.Customer"])
                .Integration("customers-for-invoicing", source: "ERP", process: "Invoicing", objects: ["Billing.Customer"]));

        Assert.Empty(landscape.Findings);
    }

    [Fact]
    public void Integration_names_used_by_two_services_are_reported_once_with_both()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop").Integration("orders-to-erp"),
            new ManifestBuilder("Pos").Integration("Orders-To-ERP"),
            new ManifestBuilder("Erp").Integration("invoices"));

        var finding = Assert.Single(landscape.Findings);
        Assert.Equal(FindingKind.DuplicateName, finding.Kind);
        Assert.Equal(["Pos", "Shop"], finding.Evidence.Select(e => e.Service).Order());
    }

    [Fact]
    public void A_system_whose_flows_have_no_owner_is_unowned_and_one_owner_is_enough()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop").Integration("prices-from-feed", source: "Price Feed", target: "Shop", team: null),
            new ManifestBuilder("Erp").Integration("orders", source: "Shop", target: "ERP"));

        var finding = Assert.Single(landscape.Findings);
        Assert.Equal(FindingKind.UnownedSystem, finding.Kind);
        Assert.Equal("Price Feed", finding.Subject);
        Assert.False(finding.IsConflict);
    }

    [Fact]
    public void Readiness_is_counted_per_team_with_what_is_missing()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop").Integration("a").Integration("b", retry: false).Integration("c", team: null, alert: false),
            new ManifestBuilder("Erp").Integration("d", team: "ERP-team", retry: false));

        Assert.Collection(
            landscape.Teams,
            team =>
            {
                Assert.Equal("erp-team", team.Team, ignoreCase: true);
                Assert.Equal(3, team.Integrations);
                Assert.Equal(1, team.Ready);
                Assert.Equal([new KeyValuePair<string, int>("retry", 2)], team.Gaps);
            },
            team =>
            {
                Assert.Equal(IntegrationLandscape.Unowned, team.Team);
                Assert.Equal(0, team.Ready);
                Assert.Equal(["owner", "alert"], team.Gaps.Select(g => g.Key));
            });
    }

    [Theory]
    [InlineData("Contoso.Billing.Customer", "Customer")]
    [InlineData("Outer+Customer", "Customer")]
    [InlineData("Orders.Order`1", "Order")]
    [InlineData("Orders.Order<T>", "Order")]
    [InlineData("Customer", "Customer")]
    public void Business_names_are_simple_type_names(string type, string expected) =>
        Assert.Equal(expected, BusinessNames.Of(type));

    [Fact]
    public void A_host_that_gives_every_HttpClient_a_retry_covers_the_plugins_it_runs_and_says_so()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop.Plugins.Rates").Integration("rates-fetch", retry: false).Integration("rates-ftp", retry: false).UsesHttpClient("rates-fetch"),
            new ManifestBuilder("Shop.Host").HostOf("ConfigureHttpClientDefaults adds a retrying handler to every HttpClient", "Shop.Plugins.Rates"));

        var fetch = landscape.Integrations.Single(i => i.Integration.Name == "rates-fetch").Integration;
        Assert.Equal("coveredByHost", fetch.Readiness.Single(v => v.Key == "retry").Verdict);
        Assert.True(fetch.IsReady);

        // Not through an HttpClient: the host's defaults do not reach it.
        var ftp = landscape.Integrations.Single(i => i.Integration.Name == "rates-ftp").Integration;
        Assert.Equal("missing", ftp.Readiness.Single(v => v.Key == "retry").Verdict);

        var covered = Assert.Single(landscape.HostRetries);
        Assert.Equal(("Shop.Plugins.Rates", "rates-fetch", "Shop.Host"), (covered.Service, covered.Integration, covered.Host));
        Assert.Contains("ConfigureHttpClientDefaults", covered.Evidence);
    }

    [Fact]
    public void A_host_that_does_not_run_the_library_covers_nothing()
    {
        var landscape = Merge(
            new ManifestBuilder("Shop.Plugins.Rates").Integration("rates-fetch", retry: false).UsesHttpClient("rates-fetch"),
            new ManifestBuilder("Shop.Admin").HostOf("ConfigureHttpClientDefaults adds a retrying handler to every HttpClient", "Shop.Plugins.Payments"));

        Assert.Equal("missing", landscape.Integrations.Single().Integration.Readiness.Single(v => v.Key == "retry").Verdict);
        Assert.Empty(landscape.HostRetries);
    }
}
