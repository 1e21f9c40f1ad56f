using IntegrationContracts.Analyzers.Tests.Verifiers;
using IntegrationContracts.Cli.Reports;
using YamlDotNet.RepresentationModel;

namespace IntegrationContracts.Cli.Tests;

public sealed class FormatTests
{
    /// <summary>Two services that disagree on customers, a duplicate name, an unowned feed and a gap: every finding once.</summary>
    private static string Landscape(TempFolder temp)
    {
        new ManifestBuilder("Contoso.Integrations")
            .SourceOfTruth("Contoso.Integrations.Domain.Customer", "CRM")
            .SourceOfTruth("Contoso.Integrations.Domain.Customer", "Business Central", process: "Invoicing")
            .Integration("crm-customers-to-erp", source: "CRM", target: "Business Central", team: "crm-team", objects: ["Contoso.Integrations.Domain.Customer"])
            .Integration("shop-orders-to-erp", source: "Shopify", target: "Business Central", process: "Order-to-Cash", retry: false)
            .Integration("competitor-prices", source: "Price Feed", target: "Shopify", team: null)
            .WriteTo(Path.Combine(temp.Path, "integrations"));
        new ManifestBuilder("Contoso.Billing")
            .SourceOfTruth("Contoso.Billing.Customer", "Stripe")
            .Integration("stripe-customers-to-erp", source: "Stripe", target: "Business Central", process: "Invoicing", team: "billing-team", objects: ["Contoso.Billing.Customer"])
            .Integration("shop-orders-to-erp", source: "Shopify", target: "Business Central", team: "billing-team")
            .WriteTo(Path.Combine(temp.Path, "billing"));
        return temp.Path;
    }

    [Fact]
    public void Markdown_scorecard_and_map()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("landscape", Landscape(temp), "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, "landscape.md");
    }

    [Fact]
    public void Json_matches_its_schema_and_snapshot()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("landscape", Landscape(temp), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var schema = Json.Schema.JsonSchema.FromFile(Path.Combine(RepositoryRoot(), "docs", "landscape.schema.json"));
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var evaluation = schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Snapshot.Match(result.Out.Replace(temp.Path, "<temp>"), "landscape.json");
    }

    [Fact]
    public void Backstage_entities_reference_only_what_the_files_define_and_the_location_lists_them()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "catalog");
        var result = Cli.Run("landscape", Landscape(temp), "--format", "backstage", "--output", output);
        Assert.Equal(0, result.ExitCode);

        var entities = Directory.GetFiles(output, "*.yaml").Order().SelectMany(file =>
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            return yaml.Documents.Select(d => (File: Path.GetFileName(file), Root: (YamlMappingNode)d.RootNode));
        }).ToList();
        string Scalar(YamlMappingNode node, params string[] path)
        {
            YamlNode? current = node;
            foreach (var key in path)
            {
                current = current is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
            }

            return (current as YamlScalarNode)?.Value ?? "";
        }
        var defined = entities.Select(e => $"{Scalar(e.Root, "kind").ToLowerInvariant()}:default/{Scalar(e.Root, "metadata", "name")}").ToHashSet();

        var location = Assert.Single(entities, e => Scalar(e.Root, "kind") == "Location");
        Assert.Equal(LandscapeBackstage.LocationFile, location.File);
        var targets = ((YamlSequenceNode)((YamlMappingNode)location.Root.Children[new YamlScalarNode("spec")]).Children[new YamlScalarNode("targets")]).Select(t => ((YamlScalarNode)t).Value!.TrimStart('.', '/'));
        Assert.Equal(entities.Select(e => e.File).Where(f => f != LandscapeBackstage.LocationFile).Distinct().Order(), targets.Order());

        foreach (var (_, root) in entities.Where(e => Scalar(e.Root, "kind") is "Component" or "System"))
        {
            var spec = (YamlMappingNode)root.Children[new YamlScalarNode("spec")];
            Assert.Contains(Scalar(spec, "owner"), defined);
            if (spec.Children.TryGetValue(new YamlScalarNode("system"), out var system))
            {
                Assert.Contains("system:default/" + ((YamlScalarNode)system).Value, defined);
            }

            if (spec.Children.TryGetValue(new YamlScalarNode("subcomponentOf"), out var parent))
            {
                Assert.Contains(((YamlScalarNode)parent).Value!, defined);
            }
        }

        Assert.Contains("group:default/unowned", defined);
        Assert.Contains("system:default/invoicing", defined);
        Assert.Equal(2, entities.Count(e => Scalar(e.Root, "metadata", "title") == "shop-orders-to-erp"));
        Snapshot.Match(string.Concat(Directory.GetFiles(output).Order().Select(f => $"# {Path.GetFileName(f)}\n{File.ReadAllText(f)}")), "landscape-backstage.yaml");
    }

    [Fact]
    public void Table_shows_findings_teams_and_services()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("landscape", Landscape(temp));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 service(s), 5 integration(s)", result.Console);
        Assert.Contains("Source-of-truth conflict", result.Console);
        Assert.Contains("Duplicate name", result.Console);
        Assert.Contains("Unowned system", result.Console);
        Assert.Contains("billing-team", result.Console);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void A_landscape_too_big_for_one_diagram_is_drawn_per_process()
    {
        using var temp = new TempFolder();
        var service = new ManifestBuilder("Big");
        for (var i = 0; i < LandscapeMarkdown.MaxEdgesPerDiagram + 5; i++)
        {
            service.Integration($"flow-{i}", source: $"System {i}", target: "ERP", process: i % 2 == 0 ? "Order-to-Cash" : null);
        }

        service.WriteTo(temp.Path);
        var markdown = Cli.Run("landscape", temp.Path, "-f", "markdown").Out;

        Assert.Contains("drawn per business process", markdown);
        Assert.Contains("### Order-to-Cash", markdown);
        Assert.Contains("### No process", markdown);
        Assert.Equal(2, markdown.Split("```mermaid").Length - 1);
    }

    [Fact]
    public void Output_goes_to_a_file_and_the_table_is_only_for_the_terminal()
    {
        using var temp = new TempFolder();
        var path = Landscape(temp);
        var file = Path.Combine(temp.Path, "out", "landscape.md");

        var written = Cli.Run("landscape", path, "-f", "markdown", "-o", file);
        var table = Cli.Run("landscape", path, "-o", file);

        Assert.Equal(0, written.ExitCode);
        Assert.StartsWith("# Integration landscape", File.ReadAllText(file));
        Assert.Equal(2, table.ExitCode);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "IntegrationContracts.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    [Theory]
    [InlineData(true, null, ConsoleWidth.Unwrapped)]
    [InlineData(true, "132", 132)]
    [InlineData(false, "132", 132)]
    [InlineData(false, null, null)]
    [InlineData(true, "wide", ConsoleWidth.Unwrapped)]
    public void A_table_in_a_log_is_not_wrapped_and_COLUMNS_wins(bool redirected, string? columns, int? expected) =>
        Assert.Equal(expected, ConsoleWidth.For(redirected, columns));

    [Fact]
    public void A_long_name_stays_on_one_line_when_the_table_is_unwrapped()
    {
        using var temp = new TempFolder();
        new ManifestBuilder("Contoso.Integrations.Domain.Customer.Synchronisation.Service").Integration("customer-sync-from-crm-to-business-central-and-back").WriteTo(temp.Path);
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(new StringWriter()) });
        console.Profile.Width = ConsoleWidth.For(outputRedirected: true, columns: null)!.Value;
        var text = new StringWriter();
        console.Profile.Out = new Spectre.Console.AnsiConsoleOutput(text);

        Assert.Equal(0, CliApp.Run(["landscape", temp.Path], new CliOutput(console, TextWriter.Null, TextWriter.Null)));
        Assert.Contains("Contoso.Integrations.Domain.Customer.Synchronisation.Service", text.ToString());
    }

    [Fact]
    public void A_class_library_is_a_library_component_in_the_landscape_and_an_application_a_service()
    {
        using var temp = new TempFolder();
        new ManifestBuilder("Shop.Rates").Kind("library").Integration("rates-fetch").WriteTo(temp.Path);
        new ManifestBuilder("Shop.Host").Kind("application").Integration("orders-to-erp").WriteTo(temp.Path);
        var output = Path.Combine(temp.Path, "catalog");

        Assert.Equal(0, Cli.Run("landscape", temp.Path, "-f", "backstage", "-o", output).ExitCode);

        var components = File.ReadAllText(Path.Combine(output, "landscape-components.yaml"));
        Assert.Contains("  name: \"shop.rates\"\n  title: \"Shop.Rates\"", components);
        var rates = components[components.IndexOf("name: \"shop.rates\"", StringComparison.Ordinal)..];
        Assert.Contains("  type: \"library\"", rates[..rates.IndexOf("---", StringComparison.Ordinal)]);
        var host = components[components.IndexOf("name: \"shop.host\"", StringComparison.Ordinal)..];
        Assert.Contains("  type: \"service\"", host[..host.IndexOf("---", StringComparison.Ordinal)]);
    }
}
