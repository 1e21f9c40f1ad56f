using System.Text.Json;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>The three manifest formats on the Contoso landscape: snapshots, and each read back with a real parser.</summary>
public sealed class ManifestFormatsTests
{
    private const string AllFormats = "json;markdown;backstage";

    [Fact]
    public async Task Json_matches_the_snapshot_and_the_schema()
    {
        var output = await RunContosoAsync(AllFormats);
        var json = GeneratorHarness.ManifestJson(output);

        ManifestSchema.AssertValid(json);
        Assert.Equal(json, GeneratorHarness.EmbeddedDocument(output, ManifestDocument.JsonKey));
        Snapshot.Match(json, "contoso/integrations.manifest.json");
    }

    [Fact]
    public async Task Scorecard_matches_the_snapshot_and_has_a_row_per_integration()
    {
        var output = await RunContosoAsync(AllFormats);
        var markdown = GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey)!;

        Snapshot.Match(markdown, "contoso/integrations.md");
        var rows = MarkdownScorecard.TableRows(markdown);
        Assert.Equal(new[] { "Integration", "Source → Target", "Process", "Owned by", "Support", "Owner", "Support path", "Retry", "Alert", "Source of truth" }, rows[0]);
        Assert.Equal(new[] { "crm-customers-to-erp", "erp-invoices-to-accounting", "erp-shipments-to-3pl", "shop-orders-to-erp" }, rows.Skip(1).Select(row => row[0]));

        var shipments = rows.Single(row => row[0] == "erp-shipments-to-3pl");
        // No owner: IC0001, and the support path does not apply (n/a), as the build reports no IC0004 for it.
        Assert.Equal(new[] { "—", "—", "✗", "n/a", "✗", "✗", "✗" }, shipments.Skip(3));
        var orders = rows.Single(row => row[0] == "shop-orders-to-erp");
        Assert.Equal("erp@contoso.example · on-call pagerduty:ERP · runbook", orders[4]);
        Assert.Contains("[runbook](https://wiki.contoso.example/runbooks/shop-orders)", markdown);
        Assert.Contains("[erp@contoso.example](mailto:erp@contoso.example)", markdown);
        var invoices = rows.Single(row => row[0] == "erp-invoices-to-accounting");
        Assert.Contains("runbook docs/runbooks/invoice-export.md", invoices[4]);
    }

    [Fact]
    public async Task Scorecard_lists_the_sources_of_truth_per_process()
    {
        var output = await RunContosoAsync(AllFormats);
        var markdown = GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey)!;

        Assert.Contains("## Sources of truth", markdown);
        Assert.Contains("| Contoso.Integrations.Domain.SalesOrder | Order-to-Cash | Shopify | Contoso.Integrations (type) |", markdown);
        Assert.Contains("| Contoso.Integrations.Domain.Customer | every process | CRM | Contoso.Integrations (type) |", markdown);
    }

    [Fact]
    public async Task Scorecard_diagram_draws_systems_as_nodes_and_integrations_as_edges()
    {
        var output = await RunContosoAsync(AllFormats);
        var lines = MarkdownScorecard.MermaidLines(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey)!);

        Assert.Contains("    sys_Business_Central[\"Business Central\"]", lines);
        Assert.Contains("    sys_3PL_Warehouse[\"3PL Warehouse\"]", lines);
        Assert.Contains("    sys_Shopify -->|\"shop-orders-to-erp (erp-team)\"| sys_Business_Central", lines);
        Assert.Contains("    sys_Business_Central -.->|\"erp-shipments-to-3pl (unowned)\"| sys_3PL_Warehouse", lines);
        Assert.Equal(5, lines.Count(line => line.StartsWith("    sys_", StringComparison.Ordinal) && line.Contains('[')));
    }

    [Fact]
    public async Task Backstage_catalog_matches_the_snapshot_and_passes_the_catalog_rules()
    {
        var output = await RunContosoAsync(AllFormats);
        var catalog = GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageKey)!;

        Snapshot.Match(catalog, "contoso/catalog-info.yaml");
        var entities = BackstageCatalog.Parse(catalog);
        Assert.All(entities, entity => Assert.Equal("Component", entity.Kind));

        var assembly = entities[0];
        Assert.Equal("contoso.integrations", assembly.Name);
        Assert.Equal("service", assembly.Get("spec", "type"));
        Assert.Equal(
            new[] { "component:default/crm-customers-to-erp", "component:default/erp-invoices-to-accounting", "component:default/erp-shipments-to-3pl", "component:default/shop-orders-to-erp" },
            assembly.List("spec", "dependsOn"));

        var orders = entities.Single(entity => entity.Name == "shop-orders-to-erp");
        Assert.Equal("group:default/erp-team", orders.Get("spec", "owner"));
        Assert.Equal("order-to-cash", orders.Get("spec", "system"));
        Assert.Equal("component:default/contoso.integrations", orders.Get("spec", "subcomponentOf"));
        Assert.Equal("ERP", orders.Get("metadata", "annotations", "pagerduty.com/service-id"));
        Assert.Contains("https://wiki.contoso.example/runbooks/shop-orders", catalog);

        var customers = entities.Single(entity => entity.Name == "crm-customers-to-erp");
        Assert.Equal("crm-team", customers.Get("metadata", "annotations", "opsgenie.com/team"));

        var shipments = entities.Single(entity => entity.Name == "erp-shipments-to-3pl");
        Assert.Equal("group:default/unowned", shipments.Get("spec", "owner"));
        Assert.Equal("owner, retry, alert, sourceOfTruth", shipments.Get("metadata", "annotations", "integration-contracts/missing"));
        Assert.Equal("Contoso.Integrations.Domain.Shipment (master: none)", shipments.Get("metadata", "annotations", "integration-contracts/objects"));
        Assert.Equal("Contoso.Integrations.Domain.SalesOrder (master: Shopify)", orders.Get("metadata", "annotations", "integration-contracts/objects"));
        Assert.Contains("not-ready", shipments.List("metadata", "tags"));

        var invoices = entities.Single(entity => entity.Name == "erp-invoices-to-accounting");
        Assert.Equal("docs/runbooks/invoice-export.md", invoices.Get("metadata", "annotations", "integration-contracts/runbook"));
        Assert.DoesNotContain("url: \"docs/", catalog);
    }

    [Fact]
    public async Task Backstage_groups_are_a_separate_file_with_one_group_per_owning_team()
    {
        var output = await RunContosoAsync(AllFormats);
        var groups = GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageGroupsKey)!;

        Snapshot.Match(groups, "contoso/catalog-groups.yaml");
        var entities = BackstageCatalog.Parse(groups);
        Assert.All(entities, entity => Assert.Equal("Group", entity.Kind));
        Assert.Equal(new[] { "crm-team", "erp-team", "finance-systems" }, entities.Select(entity => entity.Name));
        Assert.Equal("erp@contoso.example", entities[1].Get("spec", "profile", "email"));
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData("json", false, false)]
    [InlineData(" Markdown ", true, false)]
    [InlineData("json,BACKSTAGE", false, true)]
    [InlineData("json;markdown;backstage;pdf", true, true)]
    public async Task Only_the_selected_formats_are_embedded_and_json_always_is(string? formats, bool markdown, bool backstage)
    {
        var output = await RunContosoAsync(formats);

        Assert.NotNull(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.JsonKey));
        Assert.Equal(markdown, GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey) is not null);
        Assert.Equal(backstage, GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageKey) is not null);
        Assert.Equal(backstage, GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageGroupsKey) is not null);
    }

    [Fact]
    public async Task An_assembly_without_integrations_still_gets_valid_files()
    {
        var (output, _) = await GeneratorHarness.RunAsync(new[] { "public sealed class Plain { }" }, formats: AllFormats);

        GeneratorHarness.AssertCompiles(output);
        ManifestSchema.AssertValid(GeneratorHarness.ManifestJson(output));
        Assert.Contains("No integrations are declared", GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey));
        var component = Assert.Single(BackstageCatalog.Parse(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageKey)!));
        Assert.Equal("group:default/unowned", component.Get("spec", "owner"));
        Assert.Empty(BackstageCatalog.Parse(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageGroupsKey)!));
    }

    [Fact]
    public async Task Assembly_component_is_owned_by_the_assembly_default_owner()
    {
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All, formats: "backstage");

        var entities = BackstageCatalog.Parse(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageKey)!);
        Assert.Equal("group:default/platform-team", entities[0].Get("spec", "owner"));
    }

    [Fact]
    public async Task Every_format_is_the_same_in_any_file_order()
    {
        var forward = await RunContosoAsync(AllFormats);
        var backward = await RunContosoAsync(AllFormats, reverse: true);

        foreach (var key in new[] { ManifestDocument.JsonKey, ManifestDocument.MarkdownKey, ManifestDocument.BackstageKey, ManifestDocument.BackstageGroupsKey })
        {
            Assert.Equal(GeneratorHarness.EmbeddedDocument(forward, key), GeneratorHarness.EmbeddedDocument(backward, key));
        }
    }

    private static async Task<Compilation> RunContosoAsync(string? formats, bool reverse = false)
    {
        var sources = reverse ? ContosoLandscape.All.Reverse() : ContosoLandscape.All;
        var (output, _) = await GeneratorHarness.RunAsync(sources, ContosoLandscape.AssemblyName, formats: formats, assemblyName: ContosoLandscape.AssemblyName);
        GeneratorHarness.AssertCompiles(output);
        return output;
    }
}
