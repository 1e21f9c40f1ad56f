using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using IntegrationContracts.Analyzers.Tests.Verifiers;

namespace IntegrationContracts.Analyzers.Tests.Generator;

public sealed class ManifestGeneratorTests
{
    [Fact]
    public async Task Generated_source_matches_the_snapshot_and_compiles()
    {
        var (output, generated) = await GeneratorHarness.RunAsync(Landscape.All);

        GeneratorHarness.AssertCompiles(output);
        Snapshot.Match(generated!, "IntegrationManifest.g.cs.txt");
    }

    [Fact]
    public async Task Manifest_json_matches_the_snapshot_and_parses()
    {
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All);
        var json = GeneratorHarness.ManifestJson(output);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
        ManifestSchema.AssertValid(json);
        Snapshot.Match(json, "integrations.manifest.json");
    }

    [Fact]
    public void Schema_is_a_valid_draft_2020_12_schema()
    {
        ManifestSchema.AssertSchemaIsValid();
    }

    [Fact]
    public async Task Manifest_records_the_assembly_identity_and_the_generator()
    {
        const string versioned = """[assembly: System.Reflection.AssemblyVersion("2.3.4.5")]""";
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All.Append(versioned));
        var json = GeneratorHarness.ManifestJson(output);

        ManifestSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("Contoso.Sync", document.RootElement.GetProperty("assembly").GetProperty("name").GetString());
        Assert.Equal("2.3.4.5", document.RootElement.GetProperty("assembly").GetProperty("version").GetString());
        Assert.Equal("IntegrationContracts", document.RootElement.GetProperty("generator").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Manifest_resolves_owner_retry_and_hooks_member_then_type_then_assembly()
    {
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All);
        using var document = JsonDocument.Parse(GeneratorHarness.ManifestJson(output));
        var byName = document.RootElement.GetProperty("integrations").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!);

        var invoices = byName["erp-invoices-to-accounting"];
        Assert.Equal("ExportInvoices", invoices.GetProperty("member").GetString());
        Assert.Equal("finance-systems", invoices.GetProperty("owner").GetProperty("team").GetString());
        Assert.Equal("member", invoices.GetProperty("owner").GetProperty("declaredOn").GetString());
        Assert.Equal("type", invoices.GetProperty("retry").GetProperty("declaredOn").GetString());
        Assert.Equal("fixed", invoices.GetProperty("retry").GetProperty("backoff").GetString());
        Assert.Equal("assembly", invoices.GetProperty("alertHooks")[0].GetProperty("declaredOn").GetString());

        var items = byName["erp-items-to-shop"];
        Assert.False(items.GetProperty("retry").GetProperty("retries").GetBoolean());
        Assert.Equal("platform-team", items.GetProperty("owner").GetProperty("team").GetString());

        var orders = byName["shop-orders-to-erp"];
        Assert.Equal("Shopify", orders.GetProperty("objects")[0].GetProperty("sourceOfTruth").GetString());
        Assert.Equal(JsonValueKind.Null, orders.GetProperty("objects")[1].GetProperty("sourceOfTruth").ValueKind);
        Assert.False(orders.GetProperty("readiness").GetProperty("sourceOfTruth").GetBoolean());

        var sources = document.RootElement.GetProperty("sourcesOfTruth").EnumerateArray()
            .Select(s => $"{s.GetProperty("object").GetString()}|{s.GetProperty("process").GetString()}|{s.GetProperty("system").GetString()}|{s.GetProperty("declaredOn").GetString()}")
            .ToList();
        Assert.Equal(new[]
        {
            "Contoso.Sync.Orders.SalesOrder||Business Central|type",
            "Contoso.Sync.Orders.SalesOrder|Order-to-Cash|Shopify|type",
            "System.Uri|Invoicing|Business Central|assembly",
        }, sources);

        var generic = byName["generic-feed"];
        Assert.Equal("Contoso.Sync.Finance.Feed<TMessage>", generic.GetProperty("type").GetString());
        Assert.False(generic.GetProperty("readiness").GetProperty("retry").GetBoolean());
    }

    [Fact]
    public async Task Manifest_lists_sources_of_truth_declared_in_a_referenced_domain_library()
    {
        var domain = await GeneratorHarness.CompileAsync(new[]
        {
            """
            using IntegrationContracts;
            [assembly: SourceOfTruth("PIM", Object = typeof(Contoso.Domain.Item), Process = "Catalog")]
            namespace Contoso.Domain;
            [SourceOfTruth("CRM")]
            public sealed record Customer(string Id);
            public sealed record Item(string Number);
            """,
        }, assemblyName: "Contoso.Domain");
        var compilation = (await GeneratorHarness.CompileAsync(new[]
        {
            """
            using IntegrationContracts;
            namespace Contoso.Sync;
            [Integration("items", Source = "PIM", Process = "Catalog", Objects = new[] { typeof(Contoso.Domain.Item), typeof(Contoso.Domain.Customer) })]
            public sealed class ItemSync { }
            """,
        })).AddReferences(domain.ToMetadataReference());

        GeneratorHarness.CreateDriver("Contoso.Sync").RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var document = JsonDocument.Parse(GeneratorHarness.ManifestJson(output));

        var objects = document.RootElement.GetProperty("integrations")[0].GetProperty("objects");
        Assert.Equal("PIM", objects[0].GetProperty("sourceOfTruth").GetString());
        Assert.Equal("CRM", objects[1].GetProperty("sourceOfTruth").GetString());
        var declarations = document.RootElement.GetProperty("sourcesOfTruth").EnumerateArray()
            .Select(s => $"{s.GetProperty("object").GetString()}|{s.GetProperty("system").GetString()}|{s.GetProperty("declaredOn").GetString()}|{s.GetProperty("assembly").GetString()}")
            .ToList();
        Assert.Equal(new[] { "Contoso.Domain.Customer|CRM|type|Contoso.Domain", "Contoso.Domain.Item|PIM|assembly|Contoso.Domain" }, declarations);
    }

    [Theory]
    [InlineData("""{ "teams": [ { "name": " CRM-Team ", "contact": "crm@contoso.example", "onCall": "opsgenie:crm-team" } ] }""", "crm@contoso.example")]
    [InlineData("""{ "teams": [ { "name": "other-team", "contact": "other@contoso.example" } ] }""", null)]
    [InlineData("""{ "teams": [ { "name": "crm-team", """, null)]
    public async Task Owners_registry_completes_what_the_owner_attribute_leaves_out(string registry, string? expectedContact)
    {
        const string source = """
            using IntegrationContracts;

            namespace Contoso.Sync;

            [Integration("erp-credit-limits-to-crm", Source = "Business Central", Target = "CRM")]
            [IntegrationOwner("crm-team", Runbook = "https://wiki.contoso.example/credit-limits")]
            public sealed class CreditLimitSync { }
            """;
        var registryFile = new GeneratorHarness.InMemoryAdditionalText("/repo/integration-owners.json", registry);

        var (output, _) = await GeneratorHarness.RunAsync(new[] { source }, additionalTexts: new[] { registryFile });

        GeneratorHarness.AssertCompiles(output);
        var json = GeneratorHarness.ManifestJson(output);
        ManifestSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var owner = document.RootElement.GetProperty("integrations")[0].GetProperty("owner");
        Assert.Equal(expectedContact, owner.GetProperty("contact").GetString());
        Assert.Equal("https://wiki.contoso.example/credit-limits", owner.GetProperty("runbook").GetString()); // the attribute wins
        Assert.Equal(expectedContact is null ? null : "opsgenie:crm-team", owner.GetProperty("onCall").GetString());
    }

    [Fact]
    public async Task Output_does_not_depend_on_file_order()
    {
        var (_, forward) = await GeneratorHarness.RunAsync(Landscape.All);
        var (_, backward) = await GeneratorHarness.RunAsync(Landscape.All.Reverse());

        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Nothing_is_generated_without_the_contracts_library()
    {
        var (_, generated) = await GeneratorHarness.RunAsync(new[] { "public sealed class Plain { }" }, referenceContracts: false);

        Assert.Null(generated);
    }

    [Fact]
    public async Task Project_without_integrations_gets_an_empty_manifest()
    {
        var (output, generated) = await GeneratorHarness.RunAsync(new[] { "public sealed class Plain { }" });

        GeneratorHarness.AssertCompiles(output);
        Assert.NotNull(generated);
        ManifestSchema.AssertValid(GeneratorHarness.ManifestJson(output));
        using var document = JsonDocument.Parse(GeneratorHarness.ManifestJson(output));
        Assert.Equal(0, document.RootElement.GetProperty("integrations").GetArrayLength());
    }

    [Theory]
    [InlineData(null, "Contoso.Sync.IntegrationManifest")]
    [InlineData("", "Contoso.Sync.IntegrationManifest")]
    [InlineData("My-Company.2024 Sync.class", "My_Company._2024_Sync.class.IntegrationManifest")]
    public async Task Root_namespace_is_made_a_valid_namespace(string? rootNamespace, string expectedType)
    {
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All, rootNamespace);

        GeneratorHarness.AssertCompiles(output);
        Assert.NotNull(output.GetTypeByMetadataName(expectedType));
    }

    [Fact]
    public async Task Generated_lookups_find_descriptors_at_run_time()
    {
        var (output, _) = await GeneratorHarness.RunAsync(Landscape.All);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        var context = new AssemblyLoadContext("manifest-test", isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var manifest = assembly.GetType("Contoso.Sync.IntegrationManifest")!;
            var findByName = manifest.GetMethod("FindByName", BindingFlags.Public | BindingFlags.Static)!;
            var findByType = manifest.GetMethod("FindByType", BindingFlags.Public | BindingFlags.Static)!;

            var orders = (IntegrationDescriptor)findByName.Invoke(null, new object[] { "shop-orders-to-erp" })!;
            Assert.Equal("erp-team", orders.OwnerTeam);
            Assert.Equal("https://wiki.contoso.example/runbooks/shop-orders", orders.Runbook);
            Assert.Equal(5, orders.Retry!.MaxAttempts);
            Assert.Equal(AlertAudience.Business, orders.AlertHooks.Single().Audience);
            Assert.Equal("Paid orders, every \"5\" minutes\nfrom C:\\shop", orders.Description);

            var feedType = assembly.GetType("Contoso.Sync.Finance.Feed`1")!.MakeGenericType(typeof(string));
            var feeds = (IReadOnlyList<IntegrationDescriptor>)findByType.Invoke(null, new object[] { feedType })!;
            Assert.Equal("generic-feed", Assert.Single(feeds).Name);

            // A private nested type is found too: the run time looks it up in its own assembly by its runtime name.
            var hidden = (IntegrationDescriptor)findByName.Invoke(null, new object[] { "hidden-feed" })!;
            Assert.Equal(assembly.GetType("Contoso.Sync.Finance.Exports+Hidden+Feed"), hidden.IntegrationType);
            Assert.Equal("Contoso.Sync.Finance.Exports.Hidden.Feed", hidden.TypeName);
        }
        finally
        {
            context.Unload();
        }
    }
}
