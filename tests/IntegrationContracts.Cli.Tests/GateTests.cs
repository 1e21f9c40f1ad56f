namespace IntegrationContracts.Cli.Tests;

public sealed class GateTests
{
    private static string Landscape(TempFolder temp, bool conflict, bool gap, bool unowned)
    {
        new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM").Integration("crm-to-erp", source: "CRM").WriteTo(temp.Path);
        new ManifestBuilder("Billing")
            .SourceOfTruth("Billing.Customer", conflict ? "Stripe" : "CRM")
            .Integration("billing-to-erp", source: "CRM", retry: !gap)
            .WriteTo(temp.Path);
        if (unowned)
        {
            new ManifestBuilder("Feeds").Integration("price-feed", source: "Price Feed", target: "Shop", team: null, retry: true).WriteTo(temp.Path);
        }

        return temp.Path;
    }

    [Theory]
    [InlineData(false, false, false, null, 0)]
    [InlineData(false, false, false, "any", 0)]
    [InlineData(true, false, false, null, 0)]
    [InlineData(true, false, false, "conflicts", 1)]
    [InlineData(true, false, false, "gaps", 0)]
    [InlineData(true, false, false, "any", 1)]
    [InlineData(false, true, false, "conflicts", 0)]
    [InlineData(false, true, false, "gaps", 1)]
    [InlineData(false, true, false, "any", 1)]
    [InlineData(false, false, true, "conflicts", 0)]
    [InlineData(false, false, true, "any", 1)]
    public void Exit_codes_follow_the_gate(bool conflict, bool gap, bool unowned, string? gate, int expected)
    {
        using var temp = new TempFolder();
        var path = Landscape(temp, conflict, gap, unowned);
        string[] args = gate is null ? ["landscape", path, "-f", "json"] : ["landscape", path, "-f", "json", "--fail-on", gate];

        var result = Cli.Run(args);

        Assert.True(expected == result.ExitCode, result.ToString());
        if (expected == 1)
        {
            Assert.StartsWith($"gate --fail-on {gate} failed: ", result.Error);
        }
    }

    [Fact]
    public void Bad_input_wins_over_a_failed_gate()
    {
        using var temp = new TempFolder();
        var path = Landscape(temp, conflict: true, gap: false, unowned: false);

        var result = Cli.Run("landscape", path, Path.Combine(temp.Path, "nope.json"), "-f", "json", "--fail-on", "conflicts");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_conflict_inside_one_service_is_not_called_one_between_services()
    {
        using var temp = new TempFolder();
        new ManifestBuilder("Erp").SourceOfTruth("Erp.Customer", "CRM").SourceOfTruth("Erp.Customer", "Stripe").WriteTo(temp.Path);

        var result = Cli.Run("landscape", temp.Path, "-f", "json", "--fail-on", "conflicts");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gate --fail-on conflicts failed: 1 conflict(s) within one service's declarations.", result.Error);
        Assert.DoesNotContain("between services", result.Error);
    }

    [Fact]
    public void A_gate_on_an_empty_folder_is_bad_input_naming_it()
    {
        using var temp = new TempFolder();
        var empty = Directory.CreateDirectory(Path.Combine(temp.Path, "artifacts")).FullName;

        var result = Cli.Run("landscape", empty, "-f", "json", "--fail-on", "conflicts");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {empty}: holds no IntegrationContracts manifest", result.Error);
    }

    [Fact]
    public void A_folder_of_unrelated_files_is_bad_input()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "logs")).FullName;
        File.WriteAllText(Path.Combine(folder, "build.log"), "nothing here");
        File.WriteAllText(Path.Combine(folder, "settings.json"), "{}");

        Assert.Equal(2, Cli.Run("landscape", folder, "-f", "json", "--fail-on", "any").ExitCode);
    }

    [Fact]
    public void A_diff_whose_after_side_is_empty_is_bad_input_not_everything_removed()
    {
        using var temp = new TempFolder();
        var before = Landscape(new TempFolder(), conflict: false, gap: false, unowned: false);
        var after = Directory.CreateDirectory(Path.Combine(temp.Path, "after")).FullName;

        var result = Cli.Run("diff", before, after, "--fail-on", "gaps");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(after, result.Error);
    }

    [Theory]
    [InlineData("landscape", "--format", "yaml")]
    [InlineData("landscape", "x", "--fail-on", "everything")]
    [InlineData("landscape")]
    [InlineData("diff", "only-one")]
    [InlineData("baseline")]
    [InlineData("unknown-command")]
    public void A_wrong_command_line_is_bad_input(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("landscape", "--help")]
    [InlineData("diff", "--help")]
    [InlineData("baseline", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("--help", result.Out);
        // Named as users type it (the tool's command), not after the assembly.
        Assert.Contains("  integration-contracts", result.Out);
        Assert.DoesNotContain("IntegrationContracts.Cli", result.Out);
    }
}
