using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>docs/hosting.md's alert rule, route and queries name what the package emits, and its YAML parses.</summary>
public sealed class HostingDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "hosting.md"));

    [Fact]
    public void The_doc_names_every_instrument_and_tag_in_both_spellings()
    {
        foreach (var name in new[] { IntegrationTelemetry.Name, IntegrationTelemetry.Calls, IntegrationTelemetry.Attempts, IntegrationTelemetry.Duration, IntegrationTelemetry.RetryEvent })
        {
            Assert.Contains($"`{name}`", Doc);
        }

        // Prometheus: dots become underscores, counters end in _total, the histogram carries its unit.
        Assert.Contains("integration_calls_total", Doc);
        Assert.Contains("integration_attempts_total", Doc);
        Assert.Contains("integration_duration_seconds_bucket", Doc);
        foreach (var tag in new[] { IntegrationTags.Name, IntegrationTags.Owner, IntegrationTags.Process, IntegrationTags.Source, IntegrationTags.Target })
        {
            Assert.Contains(tag.Replace('.', '_'), Doc);
        }
    }

    [Fact]
    public void The_alert_rules_keep_the_owner_and_the_route_is_keyed_on_it()
    {
        var blocks = Regex.Matches(Doc, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 2, "docs/hosting.md has no Prometheus rule and Alertmanager route in yaml blocks.");
        var documents = blocks.Select(Parse).ToList();

        var rules = documents.Select(d => d.Children.TryGetValue("groups", out var groups) ? groups : null).OfType<YamlSequenceNode>().Single();
        var expressions = rules.Children.OfType<YamlMappingNode>()
            .SelectMany(group => ((YamlSequenceNode)group.Children["rules"]).Children.OfType<YamlMappingNode>())
            .Select(rule => ((YamlScalarNode)rule.Children["expr"]).Value!)
            .ToList();
        Assert.NotEmpty(expressions);
        Assert.All(expressions, expr => Assert.Contains("by (integration_name, integration_owner)", expr));

        var route = (YamlMappingNode)documents.Single(d => d.Children.ContainsKey("route")).Children["route"];
        var matchers = ((YamlSequenceNode)route.Children["routes"]).Children.OfType<YamlMappingNode>()
            .SelectMany(r => ((YamlSequenceNode)r.Children["matchers"]).Children.OfType<YamlScalarNode>())
            .Select(m => m.Value!)
            .ToList();
        Assert.Contains($"integration_owner=\"{IntegrationTags.Unowned}\"", matchers);
        Assert.All(matchers, m => Assert.StartsWith("integration_owner=", m));
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string RepositoryRoot()
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
}
