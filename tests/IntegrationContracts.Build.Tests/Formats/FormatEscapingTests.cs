using IntegrationContracts.Shared.Formats;
using System.Text;
using IntegrationContracts.Analyzers.Tests.Generator;
using IntegrationContracts.Build.Tests.Verifiers;

namespace IntegrationContracts.Build.Tests.Formats;

/// <summary>
/// The safety theory, build task side: any string in any contract attribute, carried through the generator's JSON,
/// renders YAML that parses into valid Backstage entities and a Markdown table that keeps its columns, with the value
/// coming back out of each format unchanged (but for what a format cannot carry).
/// </summary>
public sealed class FormatEscapingTests
{
    [Theory]
    [MemberData(nameof(StrangeStrings.Values), MemberType = typeof(StrangeStrings))]
    public void Any_attribute_string_survives_the_scorecard_and_the_catalog(string label, string value)
    {
        Assert.NotNull(label);
        var output = Manifests.Generate(new[] { StrangeStrings.Contracts(value) });

        AssertBackstage(Manifests.Render(output, "backstage"), Manifests.Render(output, "backstage", file: 1), value);
        AssertMarkdown(Manifests.Render(output, "markdown"), value);
    }

    private static void AssertBackstage(string catalog, string groupsFile, string value)
    {
        var entities = BackstageCatalog.Parse(catalog);
        Assert.Equal(3, entities.Count);
        var expected = StrangeStrings.WithoutLoneSurrogates(value);
        Assert.All(entities.Skip(1), entity => Assert.Equal(expected, entity.Get("metadata", "title")));
        Assert.All(entities.Skip(1), entity => Assert.Equal(expected, entity.Get("metadata", "annotations", "integration-contracts/integration")));
        if (!string.IsNullOrWhiteSpace(value))
        {
            Assert.Equal(expected, entities[1].Get("metadata", "annotations", "integration-contracts/process"));
            Assert.Equal(expected, entities[1].Get("metadata", "description"));
        }

        var groups = BackstageCatalog.Parse(groupsFile);
        // The owning team's group, and the unowned group any unowned integration points at.
        Assert.True(groups.Count <= 2);
        Assert.All(groups.Where(group => group.Name != "unowned"), group => Assert.Equal(expected.Trim(), group.Get("spec", "profile", "displayName")));
    }

    private static void AssertMarkdown(string markdown, string value)
    {
        var rows = MarkdownScorecard.TableRows(markdown);
        Assert.Equal(3, rows.Count);
        var expected = string.IsNullOrWhiteSpace(value) ? "—" : AsMarkdownText(value);
        Assert.All(rows.Skip(1), row => Assert.Equal(expected, row[0]));
        Assert.Equal(expected, rows[1][2]);
        MarkdownScorecard.MermaidLines(markdown);
    }

    /// <summary>What a reader sees of the value in a table cell: one line, trimmed, controls shown as U+FFFD.</summary>
    private static string AsMarkdownText(string value)
    {
        var builder = new StringBuilder();
        var text = StrangeStrings.WithoutLoneSurrogates(value.Trim()).Replace("\r\n", "\n");
        foreach (var c in text)
        {
            builder.Append(c is '\r' or '\n' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' ? ' ' : char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }
}
