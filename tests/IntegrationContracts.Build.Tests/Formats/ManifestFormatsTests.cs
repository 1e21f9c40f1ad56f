using IntegrationContracts.Analyzers.Tests.Generator;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using IntegrationContracts.Build.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Build.Tests.Formats;

/// <summary>
/// The scorecard and the Backstage catalog, rendered by the build task from the manifest the generator embedded for
/// the Contoso landscape: snapshots, and each read back with a real parser.
/// </summary>
public sealed class ManifestFormatsTests
{
    [Fact]
    public void Scorecard_matches_the_snapshot_and_has_a_row_per_integration()
    {
        var markdown = Manifests.Render(Contoso(), "markdown");

        Snapshot.Match(markdown, "contoso/integrations.md");
        var rows = MarkdownScorecard.TableRows(markdown);
        Assert.Equal(new[] { "Integration", "Source → Target", "Process", "Owned by", "Support", "Owner", "Support path", "Retry", "Alert", "Source of truth", "Failure handling", "Contract values" }, rows[0]);
        Assert.Equal(new[] { "crm-customers-to-erp", "erp-invoices-to-accounting", "erp-shipments-to-3pl", "shop-orders-to-erp" }, rows.Skip(1).Select(row => row[0]));

        var shipments = rows.Single(row => row[0] == "erp-shipments-to-3pl");
        // No owner: IC0001, and the support path does not apply (n/a), as the build reports no IC0004 for it.
        // Its code handles its failures and every value it carries is valid: those two hold.
        Assert.Equal(new[] { "—", "—", "✗", "n/a", "✗", "✗", "✗", "✓", "✓" }, shipments.Skip(3));
        var orders = rows.Single(row => row[0] == "shop-orders-to-erp");
        Assert.Equal("erp@contoso.example · on-call pagerduty:ERP · runbook", orders[4]);
        Assert.Contains("[runbook](https://wiki.contoso.example/runbooks/shop-orders)", markdown);
        Assert.Contains("[erp@contoso.example](mailto:erp@contoso.example)", markdown);
        var invoices = rows.Single(row => row[0] == "erp-invoices-to-accounting");
        Assert.Contains("runbook docs/runbooks/invoice-export.md", invoices[4]);
    }

    [Fact]
    public void Scorecard_lists_the_sources_of_truth_per_process()
    {
        var markdown = Manifests.Render(Contoso(), "markdown");

        Assert.Contains("## Sources of truth", markdown);
        Assert.Contains("| Contoso.Integrations.Domain.SalesOrder | Order-to-Cash | Shopify | Contoso.Integrations (type) |", markdown);
        Assert.Contains("| Contoso.Integrations.Domain.Customer | every process | CRM | Contoso.Integrations (type) |", markdown);
    }

    [Fact]
    public void Scorecard_diagram_draws_systems_as_nodes_and_integrations_as_edges()
    {
        var lines = MarkdownScorecard.MermaidLines(Manifests.Render(Contoso(), "markdown"));

        Assert.Contains("    sys_Business_Central[\"Business Central\"]", lines);
        Assert.Contains("    sys_3PL_Warehouse[\"3PL Warehouse\"]", lines);
        Assert.Contains("    sys_Shopify -->|\"shop-orders-to-erp (erp-team)\"| sys_Business_Central", lines);
        Assert.Contains("    sys_Business_Central -.->|\"erp-shipments-to-3pl (unowned)\"| sys_3PL_Warehouse", lines);
        Assert.Equal(5, lines.Count(line => line.StartsWith("    sys_", StringComparison.Ordinal) && line.Contains('[')));
    }

    [Fact]
    public void Backstage_catalog_matches_the_snapshot_and_passes_the_catalog_rules()
    {
        var catalog = Manifests.Render(Contoso(), "backstage");

        Snapshot.Match(catalog, "contoso/catalog-info.yaml");
        var entities = BackstageCatalog.Parse(catalog);
        Assert.All(entities, entity => Assert.Equal("Component", entity.Kind));

        var assembly = entities[0];
        Assert.Equal("contoso.integrations", assembly.Name);
        Assert.Equal("service", assembly.Get("spec", "type"));
        Assert.Equal(
            // Named after the service too, so two services' catalogs can be registered side by side (and the landscape names them the same).
            new[] { "component:default/contoso.integrations-crm-customers-to-erp", "component:default/contoso.integrations-erp-invoices-to-accounting", "component:default/contoso.integrations-erp-shipments-to-3pl", "component:default/contoso.integrations-shop-orders-to-erp" },
            assembly.List("spec", "dependsOn"));

        var orders = entities.Single(entity => entity.Name == "contoso.integrations-shop-orders-to-erp");
        Assert.Equal("group:default/erp-team", orders.Get("spec", "owner"));
        // No system: the landscape defines the process's System once for every service; the process stays an annotation.
        Assert.Null(orders.Get("spec", "system"));
        Assert.Equal("Order-to-Cash", orders.Get("metadata", "annotations", "integration-contracts/process"));
        Assert.Equal("component:default/contoso.integrations", orders.Get("spec", "subcomponentOf"));
        Assert.Equal("ERP", orders.Get("metadata", "annotations", "pagerduty.com/service-id"));
        Assert.Contains("https://wiki.contoso.example/runbooks/shop-orders", catalog);

        var customers = entities.Single(entity => entity.Name == "contoso.integrations-crm-customers-to-erp");
        Assert.Equal("crm-team", customers.Get("metadata", "annotations", "opsgenie.com/team"));

        var shipments = entities.Single(entity => entity.Name == "contoso.integrations-erp-shipments-to-3pl");
        Assert.Equal("group:default/unowned", shipments.Get("spec", "owner"));
        // The support path does not apply without an owner: not listed as missing, as the build reports no IC0004.
        Assert.Equal("owner, retry, alert, sourceOfTruth", shipments.Get("metadata", "annotations", "integration-contracts/missing"));
        Assert.Equal("Contoso.Integrations.Domain.Shipment (master: none)", shipments.Get("metadata", "annotations", "integration-contracts/objects"));
        Assert.Equal("Contoso.Integrations.Domain.SalesOrder (master: Shopify)", orders.Get("metadata", "annotations", "integration-contracts/objects"));
        Assert.Contains("not-ready", shipments.List("metadata", "tags"));

        var invoices = entities.Single(entity => entity.Name == "contoso.integrations-erp-invoices-to-accounting");
        Assert.Equal("docs/runbooks/invoice-export.md", invoices.Get("metadata", "annotations", "integration-contracts/runbook"));
        Assert.DoesNotContain("url: \"docs/", catalog);
    }

    [Fact]
    public void Backstage_groups_are_a_separate_file_with_one_group_per_owning_team()
    {
        var groups = Manifests.Render(Contoso(), "backstage", file: 1);

        Snapshot.Match(groups, "contoso/catalog-groups.yaml");
        var entities = BackstageCatalog.Parse(groups);
        Assert.All(entities, entity => Assert.Equal("Group", entity.Kind));
        // And the unowned group the unowned integration points at: every owner reference resolves in the two files.
        Assert.Equal(new[] { "crm-team", "erp-team", "finance-systems", "unowned" }, entities.Select(entity => entity.Name));
        Assert.Equal("erp@contoso.example", entities[1].Get("spec", "profile", "email"));
    }

    [Fact]
    public void An_assembly_without_integrations_still_gets_valid_files()
    {
        var output = Manifests.Generate(new[] { "public sealed class Plain { }" });

        Assert.Contains("No integrations are declared", Manifests.Render(output, "markdown"));
        var component = Assert.Single(BackstageCatalog.Parse(Manifests.Render(output, "backstage")));
        Assert.Equal("group:default/unowned", component.Get("spec", "owner"));
        Assert.Equal("unowned", Assert.Single(BackstageCatalog.Parse(Manifests.Render(output, "backstage", file: 1))).Name);
    }

    [Fact]
    public void Assembly_component_is_owned_by_the_assembly_default_owner()
    {
        var entities = BackstageCatalog.Parse(Manifests.Render(Manifests.Generate(Landscape.All), "backstage"));
        Assert.Equal("group:default/platform-team", entities[0].Get("spec", "owner"));
    }

    [Fact]
    public void Every_format_is_the_same_in_any_file_order()
    {
        var forward = Contoso();
        var backward = Manifests.Generate(ContosoLandscape.All.Reverse(), ContosoLandscape.AssemblyName);

        foreach (var (format, file) in new[] { ("json", 0), ("markdown", 0), ("backstage", 0), ("backstage", 1) })
        {
            Assert.Equal(Manifests.Render(forward, format, file), Manifests.Render(backward, format, file));
        }
    }

    private static Compilation Contoso() => Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName);
}
