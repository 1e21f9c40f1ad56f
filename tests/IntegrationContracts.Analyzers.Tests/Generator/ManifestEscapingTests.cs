using System.Text;
using System.Text.Json;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The safety theory: any string in any contract attribute yields generated C# that compiles, JSON that parses and
/// matches the schema, YAML that parses into valid Backstage entities, and a Markdown table that keeps its columns,
/// with the value coming back out of each format unchanged (but for what a format cannot carry).
/// </summary>
public sealed class ManifestEscapingTests
{
    public static TheoryData<string, string> Values => new()
    {
        { "quotes and backslashes", "say \"hi\" to C:\\temp\\ and \\\\server\\share\\" },
        { "line breaks", "one\ntwo\r\nthree\rfour\u0085five\u2028six\u2029seven" },
        { "C# comment and raw string ends", "\"\"\" raw \"\"\"\" */ comment /* // line #region {0} {{ }} $\"{x}\"" },
        { "table pipes", "a | b || c \\| d |" },
        { "HTML and entities", "<script>alert('x')</script> <b>bold</b> &amp; &copy; &#35; <!-- c --> <br>" },
        { "Markdown markup", "# not a heading *star* _under_ `code` [link](http://x) ![img](y) ~~strike~~ $x^2$ > quote - item 1. item" },
        { "Unicode", "emoji 🚀✓✗👩‍👩‍👧 RTL שלום مرحبا \u202Eevil\u202C zero\u200Bwidth BOM\uFEFF CJK 統合 ümlaut" },
        { "lone surrogates", "high \uD800 low \uDC00 reversed \uDC00\uD800 end \uD83D" },
        { "control characters", "nul \0 bell \u0007 esc \u001B[31m del \u007F c1 \u0090 tab\tvt\u000Bff\u000C nonchars \uFFFE\uFFFF" },
        { "YAML syntax", "key: value - item {a: 1} [x] &anchor *alias !tag %YAML @at `tick` 'single' # comment\n--- \n... ? q" },
        { "YAML scalars", "null" },
        { "YAML number", "1.0e3" },
        { "Mermaid syntax", "A --> B; C[x] end graph ;; #quot; #35; %%{init}%% click A call x() style A fill:#f00 subgraph" },
        { "very long", new string('x', 5000) + " | \" \n " + string.Concat(Enumerable.Repeat("🚀\"|", 2000)) },
        { "whitespace only", " \t " },
        { "empty", "" },
        { "trailing backslash", "ends with \\" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Any_attribute_string_survives_every_format(string label, string value)
    {
        Assert.NotNull(label);
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        var source = $$"""
            using IntegrationContracts;

            namespace Contoso.Sync;

            public sealed class Hook : IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) =>
                    System.Threading.Tasks.Task.CompletedTask;
            }

            [Integration({{literal}}, Source = {{literal}}, Target = {{literal}}, Process = {{literal}}, Description = {{literal}})]
            [IntegrationOwner({{literal}}, Contact = {{literal}}, OnCall = {{literal}}, Runbook = {{literal}})]
            [RetryPolicy(2, DeadLetter = {{literal}})]
            [AlertHook(typeof(Hook))]
            public sealed class Strange { }

            public sealed class Twins
            {
                // The same name twice (IC0006's business): every format must still stay valid.
                [Integration({{literal}}, Source = {{literal}})]
                [NoRetry({{literal}})]
                public void Again() { }
            }
            """;

        var (output, _) = await GeneratorHarness.RunAsync(new[] { source }, formats: "json;markdown;backstage");
        GeneratorHarness.AssertCompiles(output);

        AssertJson(GeneratorHarness.ManifestJson(output), value);
        AssertBackstage(output, value);
        AssertMarkdown(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.MarkdownKey)!, value);
    }

    private static void AssertJson(string json, string value)
    {
        ManifestSchema.AssertValid(json);
        using var document = JsonDocument.Parse(json);
        var expected = WithoutLoneSurrogates(value);
        foreach (var integration in document.RootElement.GetProperty("integrations").EnumerateArray())
        {
            Assert.Equal(expected, integration.GetProperty("name").GetString());
            Assert.Equal(expected, integration.GetProperty("source").GetString());
        }

        var strange = document.RootElement.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("member").ValueKind == JsonValueKind.Null);
        // Blank support values are left out (null), as the analyzers treat them as missing.
        Assert.Equal(string.IsNullOrWhiteSpace(value) ? null : expected, strange.GetProperty("owner").GetProperty("runbook").GetString());
        Assert.Equal(expected, strange.GetProperty("retry").GetProperty("deadLetter").GetString());
    }

    private static void AssertBackstage(Microsoft.CodeAnalysis.Compilation output, string value)
    {
        var entities = BackstageCatalog.Parse(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageKey)!);
        Assert.Equal(3, entities.Count);
        var expected = WithoutLoneSurrogates(value);
        Assert.All(entities.Skip(1), entity => Assert.Equal(expected, entity.Get("metadata", "title")));
        Assert.All(entities.Skip(1), entity => Assert.Equal(expected, entity.Get("metadata", "annotations", "integration-contracts/integration")));
        if (!string.IsNullOrWhiteSpace(value))
        {
            Assert.Equal(expected, entities[1].Get("metadata", "annotations", "integration-contracts/process"));
            Assert.Equal(expected, entities[1].Get("metadata", "description"));
        }

        var groups = BackstageCatalog.Parse(GeneratorHarness.EmbeddedDocument(output, ManifestDocument.BackstageGroupsKey)!);
        Assert.True(groups.Count <= 1);
        Assert.All(groups, group => Assert.Equal(expected.Trim(), group.Get("spec", "profile", "displayName")));
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
        var text = WithoutLoneSurrogates(value.Trim()).Replace("\r\n", "\n");
        foreach (var c in text)
        {
            builder.Append(c is '\r' or '\n' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' ? ' ' : char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    private static string WithoutLoneSurrogates(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value[i]).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? '\uFFFD' : value[i]);
            }
        }

        return builder.ToString();
    }
}
