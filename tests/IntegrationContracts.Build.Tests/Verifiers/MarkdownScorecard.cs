using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IntegrationContracts.Build.Tests.Verifiers;

/// <summary>
/// Reads integrations.md with a real CommonMark/GFM parser (Markdig with pipe tables): the scorecard table and the
/// Mermaid block, checking that every row keeps its columns and every Mermaid line follows the flowchart grammar
/// the generator writes (quoted labels whose only '#' starts an entity code).
/// </summary>
public static partial class MarkdownScorecard
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>
    /// The scorecard's rows (header first) as cell texts; fails when a row of any table in the file has more or fewer
    /// cells than its header.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(string markdown, int table = 0)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var tables = document.Descendants<Table>()
            .Select(t => t.OfType<TableRow>().Select(row => (IReadOnlyList<string>)row.OfType<TableCell>().Select(CellText).ToList()).ToList())
            .ToList();
        Assert.NotEmpty(tables);
        foreach (var rows in tables)
        {
            Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        }

        return tables[table];
    }

    /// <summary>The lines of the Mermaid block; fails when a line is not a node or an edge as written by the generator.</summary>
    public static IReadOnlyList<string> MermaidLines(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var block = Assert.Single(document.Descendants<FencedCodeBlock>(), b => b.Info == "mermaid");
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString()).ToList();
        Assert.Equal("flowchart LR", lines[0]);
        foreach (var line in lines.Skip(1))
        {
            Assert.True(Node().IsMatch(line) || Edge().IsMatch(line), "Not a Mermaid node or edge the generator writes: " + line);
        }

        return lines;
    }

    /// <summary>
    /// The text a reader sees in the cell. User text must come out as text: no HTML, code, emphasis or strikethrough
    /// may appear, and the only links are the generator's own (runbook and mail).
    /// </summary>
    private static string CellText(TableCell cell)
    {
        var inlines = cell.Descendants<Inline>().ToList();
        Assert.DoesNotContain(inlines, inline => inline is HtmlInline or CodeInline or EmphasisInline or HtmlEntityInline or AutolinkInline);
        return string.Concat(inlines.OfType<LiteralInline>().Select(literal => literal.Content.ToString()));
    }

    private const string Label = "\"([^\"#]|#[0-9]+;)*\"";

    [GeneratedRegex("^    (sys_[A-Za-z0-9_]+\\[" + Label + "\\]|undeclared\\(\\[" + Label + "\\]\\))$")]
    private static partial Regex Node();

    [GeneratedRegex("^    (sys_[A-Za-z0-9_]+|undeclared) (-->|-\\.->)\\|" + Label + "\\| (sys_[A-Za-z0-9_]+|undeclared)$")]
    private static partial Regex Edge();
}
