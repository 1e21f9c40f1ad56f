using IntegrationContracts.Cli.Baseline;

namespace IntegrationContracts.Cli.Tests;

public sealed class BaselineTests
{
    private const string Source = """
        using IntegrationContracts;

        namespace Contoso.Sync
        {
            public sealed class OrderExport
            {
                public void Run() { try { } catch { } }

                public sealed class Nested<T> { }
            }
        }
        """;

    private static string Sarif(TempFolder temp, string file, params (string Rule, int Line, int Column)[] results)
    {
        var uri = new Uri(file).AbsoluteUri;
        var items = string.Join(",", results.Select(r => $$"""
            { "ruleId": "{{r.Rule}}", "level": "warning", "message": { "text": "{{r.Rule}} message" },
              "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": {{r.Line}}, "startColumn": {{r.Column}} } } } ] }
            """));
        return temp.File("build.sarif", $$"""
            { "$schema": "http://json.schemastore.org/sarif-2.1.0", "version": "2.1.0",
              "runs": [ { "results": [ {{items}},
                { "ruleId": "CS8618", "level": "warning", "message": { "text": "not ours" } } ] } ] }
            """);
    }

    [Fact]
    public void Writes_one_sorted_suppression_per_finding_on_its_type()
    {
        using var temp = new TempFolder();
        var file = temp.File("OrderExport.cs", Source);
        var sarif = Sarif(temp, file, ("IC0011", 7, 40), ("IC0002", 5, 25), ("IC0001", 5, 25), ("IC0001", 9, 33), ("IC0002", 5, 25));
        var output = Path.Combine(temp.Path, "IntegrationContracts.Baseline.cs");

        var result = Cli.Run("baseline", "--sarif", sarif, "--output", output, "--date", "2026-11-27");

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output).Where(l => l.StartsWith("[assembly:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            """[assembly: SuppressMessage("IntegrationContracts", "IC0001", Scope = "type", Target = "~T:Contoso.Sync.OrderExport", Justification = "baseline 2026-11-27")]""",
            """[assembly: SuppressMessage("IntegrationContracts", "IC0002", Scope = "type", Target = "~T:Contoso.Sync.OrderExport", Justification = "baseline 2026-11-27")]""",
            """[assembly: SuppressMessage("IntegrationContracts", "IC0011", Scope = "type", Target = "~T:Contoso.Sync.OrderExport", Justification = "baseline 2026-11-27")]""",
            """[assembly: SuppressMessage("IntegrationContracts", "IC0001", Scope = "type", Target = "~T:Contoso.Sync.OrderExport.Nested`1", Justification = "baseline 2026-11-27")]""",
        ], lines);
        Assert.Contains("using System.Diagnostics.CodeAnalysis;", File.ReadAllText(output));
        Assert.Contains("baseline: 4 finding(s) on 2 type(s)", result.Error);
    }

    [Fact]
    public void A_rerun_shrinks_the_file_as_gaps_are_fixed_and_keeps_the_first_date()
    {
        using var temp = new TempFolder();
        var file = temp.File("OrderExport.cs", Source);
        var output = Path.Combine(temp.Path, "baseline.cs");
        Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0001", 5, 25), ("IC0002", 5, 25)), "--output", output, "--date", "2026-01-01");

        var result = Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0002", 5, 25)), "--output", output, "--date", "2026-11-27");

        Assert.Equal(0, result.ExitCode);
        var entry = Assert.Single(SuppressionFile.Read(output));
        Assert.Equal(("IC0002", "~T:Contoso.Sync.OrderExport"), entry.Key);
        Assert.Equal("baseline 2026-01-01", entry.Justification);
        Assert.Contains("1 fixed since the last baseline", result.Error);
    }

    [Fact]
    public void A_new_finding_is_never_added_silently()
    {
        using var temp = new TempFolder();
        var file = temp.File("OrderExport.cs", Source);
        var output = Path.Combine(temp.Path, "baseline.cs");
        Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0002", 5, 25)), "--output", output);

        var refused = Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0002", 5, 25), ("IC0003", 5, 25)), "--output", output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: new finding IC0003 on ~T:Contoso.Sync.OrderExport is not in the baseline", refused.Error);
        Assert.Single(SuppressionFile.Read(output));

        var added = Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0002", 5, 25), ("IC0003", 5, 25)), "--output", output, "--add-new");
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(2, SuppressionFile.Read(output).Count);
    }

    [Fact]
    public void A_finding_outside_any_type_is_named_and_fails_the_command()
    {
        using var temp = new TempFolder();
        var file = temp.File("AssemblyInfo.cs", "[assembly: IntegrationContracts.IntegrationOwner(\"\")]\n");

        var result = Cli.Run("baseline", "--sarif", Sarif(temp, file, ("IC0005", 1, 12)));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"warning: {file}(1): IC0005 is not inside a type and cannot be baselined", result.Error);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{ \"version\": \"2.1.0\" }", "not a SARIF log")]
    [InlineData("{ \"version\": \"1.0.0\", \"runs\": [] }", "SARIF version 1.0.0")]
    public void A_log_that_is_not_SARIF_2_1_is_bad_input(string content, string reason)
    {
        using var temp = new TempFolder();
        var sarif = temp.File("build.sarif", content);

        var result = Cli.Run("baseline", "--sarif", sarif);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {sarif}: ", result.Error);
        Assert.Contains(reason, result.Error);
    }

    [Theory]
    [InlineData("namespace A.B; public class C { public class D<T, U> { void M() { } } }", 1, 60, "T:A.B.C.D`2")]
    [InlineData("namespace A { namespace B { record R(int X); } }", 1, 37, "T:A.B.R")]
    [InlineData("class Global { }", 1, 8, "T:Global")]
    [InlineData("[assembly: System.Obsolete]\nclass X { }", 1, 3, null)]
    public void The_enclosing_type_is_named_by_its_documentation_id(string source, int line, int column, string? expected)
    {
        using var temp = new TempFolder();
        var file = temp.File("Code.cs", source);

        Assert.Equal(expected, new EnclosingType().At(file, line, column));
    }

    [Fact]
    public void A_missing_sarif_log_says_how_to_produce_it()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("baseline", "--sarif", Path.Combine(temp.Path, "build.sarif"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file; produce it with: dotnet build <your.csproj> --no-incremental -p:ErrorLog=", result.Error);
        Assert.Contains("--project", result.Error);
    }

    [Theory]
    [InlineData("baseline", "--project", "a.csproj", "--sarif", "b.sarif")]
    [InlineData("baseline", "--project", "missing.csproj")]
    [InlineData("baseline", "--project", "Contoso.sln")]
    public void Project_and_sarif_are_one_or_the_other_and_the_project_must_exist(params string[] args)
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Contoso.sln"), "");
        var inTemp = args.Select(a => a.Contains('.') ? Path.Combine(temp.Path, a) : a).ToArray();

        var result = Cli.Run(inTemp);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }
}
