using IntegrationContracts.Analyzers.Tests.Verifiers;

namespace IntegrationContracts.Cli.Tests;

public sealed class DiffTests
{
    private static (string Before, string After) Change(TempFolder temp)
    {
        var before = Path.Combine(temp.Path, "before");
        var after = Path.Combine(temp.Path, "after");
        new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM").Integration("crm-to-erp", source: "CRM").WriteTo(before);
        new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM").Integration("crm-to-erp", source: "CRM").WriteTo(after);
        new ManifestBuilder("Billing")
            .Integration("invoices-to-erp", team: "finance-team")
            .Integration("refunds-to-erp")
            .Integration("old-export")
            .WriteTo(before);
        new ManifestBuilder("Billing")
            .SourceOfTruth("Billing.Customer", "Stripe")
            .Integration("invoices-to-erp", team: "billing-team", retry: false, alert: false)
            .Integration("refunds-to-erp")
            .Integration("payments-to-shop", target: "Shop", retry: false)
            .WriteTo(after);
        return (before, after);
    }

    [Fact]
    public void Markdown_names_every_change_for_a_pull_request_comment()
    {
        using var temp = new TempFolder();
        var (before, after) = Change(temp);

        var result = Cli.Run("diff", before, after);

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, "diff.md");
    }

    [Fact]
    public void Json_lists_changes_and_new_findings()
    {
        using var temp = new TempFolder();
        var (before, after) = Change(temp);

        var result = Cli.Run("diff", before, after, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match(result.Out, "diff.json");
    }

    [Fact]
    public void No_change_says_so()
    {
        using var temp = new TempFolder();
        var (before, _) = Change(temp);

        var result = Cli.Run("diff", before, before);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No changes to integrations, owners, readiness or findings.", result.Out);
    }

    [Theory]
    [InlineData("conflicts", 1)]
    [InlineData("gaps", 1)]
    [InlineData("any", 1)]
    public void Gates_fail_on_what_the_change_adds(string gate, int expected)
    {
        using var temp = new TempFolder();
        var (before, after) = Change(temp);

        Assert.Equal(expected, Cli.Run("diff", before, after, "--fail-on", gate).ExitCode);
        Assert.Equal(0, Cli.Run("diff", after, after, "--fail-on", gate).ExitCode);
    }

    [Fact]
    public void Fixing_a_gap_does_not_fail_the_gaps_gate()
    {
        using var temp = new TempFolder();
        var (before, after) = Change(temp);

        var reverse = Cli.Run("diff", after, before, "--fail-on", "gaps");

        Assert.Equal(0, reverse.ExitCode);
        Assert.Contains("Fixed retry", reverse.Out);
    }

    [Fact]
    public void The_rest_of_the_landscape_given_with_shows_the_conflicts_a_change_creates_with_it()
    {
        using var temp = new TempFolder();
        var before = new ManifestBuilder("Billing").Integration("invoices").WriteTo(Path.Combine(temp.Path, "before"));
        var after = new ManifestBuilder("Billing").Integration("invoices").SourceOfTruth("Billing.Customer", "Stripe").WriteTo(Path.Combine(temp.Path, "after"));
        var crm = new ManifestBuilder("Crm").SourceOfTruth("Crm.Customer", "CRM").WriteTo(Path.Combine(temp.Path, "crm"));

        var alone = Cli.Run("diff", before, after, "--fail-on", "conflicts");
        var together = Cli.Run("diff", before, after, "--with", crm, "--fail-on", "conflicts");

        Assert.Equal(0, alone.ExitCode);
        Assert.Equal(1, together.ExitCode);
        Assert.Contains("Source-of-truth conflict", together.Out);
    }

    [Fact]
    public void A_missing_side_is_bad_input()
    {
        using var temp = new TempFolder();
        var (before, _) = Change(temp);

        var result = Cli.Run("diff", before, Path.Combine(temp.Path, "nothing-here"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.Error);
    }

    [Theory]
    [InlineData(null, "erp-team", "none → erp-team", false)]
    [InlineData("erp-team", null, "erp-team → none", true)]
    [InlineData("erp-team", "shop-team", "erp-team → shop-team", false)]
    public void An_owner_change_is_reported_once(string? was, string? now, string detail, bool isGap)
    {
        using var temp = new TempFolder();
        new ManifestBuilder("Shop").Integration("orders-to-erp", team: was).WriteTo(Path.Combine(temp.Path, "before"));
        new ManifestBuilder("Shop").Integration("orders-to-erp", team: now).WriteTo(Path.Combine(temp.Path, "after"));
        var before = IntegrationContracts.Cli.Landscape.IntegrationLandscape.Merge(Read(Path.Combine(temp.Path, "before")));
        var after = IntegrationContracts.Cli.Landscape.IntegrationLandscape.Merge(Read(Path.Combine(temp.Path, "after")));

        var ownerChanges = IntegrationContracts.Cli.Diff.LandscapeDiff.Compare(before, after).Changes.Where(c => c.Property == "owner").ToList();

        var change = Assert.Single(ownerChanges);
        Assert.Equal(detail, change.Details);
        Assert.Equal(isGap, change.IsGap);
    }

    private static List<IntegrationContracts.Cli.Inputs.ManifestInput> Read(string folder) =>
        Directory.GetFiles(folder).Select(f => new IntegrationContracts.Cli.Inputs.ManifestInput(f, IntegrationContracts.Shared.Manifest.ManifestDocumentReader.Read(File.ReadAllText(f)))).ToList();
}
