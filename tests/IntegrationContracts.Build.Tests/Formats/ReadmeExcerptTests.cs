namespace IntegrationContracts.Build.Tests.Formats;

/// <summary>The README's scorecard excerpt is the scorecard the build writes for the Contoso example, so it cannot drift.</summary>
public sealed class ReadmeExcerptTests
{
    [Fact]
    public void The_readme_quotes_the_scorecard_the_build_writes()
    {
        var root = RepositoryRoot();
        var scorecard = File.ReadAllLines(Path.Combine(root, "tests", "IntegrationContracts.Build.Tests", "Snapshots", "contoso", "integrations.md"));
        var start = Array.FindIndex(scorecard, line => line.StartsWith("**", StringComparison.Ordinal));
        var end = Array.FindIndex(scorecard, start + 2, line => !line.StartsWith('|'));
        var expected = scorecard[start..end].Select(line => line.Length == 0 ? "  >" : "  > " + line).ToList();

        var readme = File.ReadAllLines(Path.Combine(root, "README.md")).ToList();
        var at = readme.IndexOf(expected[0]);
        Assert.True(at >= 0, "README.md does not quote the scorecard's readiness line:\n" + expected[0]);
        Assert.Equal(expected, readme.Skip(at).Take(expected.Count).ToList());
    }

    [Fact]
    public void The_readme_quotes_the_map_the_build_writes()
    {
        var root = RepositoryRoot();
        var scorecard = File.ReadAllLines(Path.Combine(root, "tests", "IntegrationContracts.Build.Tests", "Snapshots", "contoso", "integrations.md"));
        var start = Array.IndexOf(scorecard, "flowchart LR");
        var end = Array.IndexOf(scorecard, "```", start);
        var expected = scorecard[start..end].Select(line => "  " + line).ToList();

        var readme = File.ReadAllLines(Path.Combine(root, "README.md")).ToList();
        var at = readme.IndexOf("  flowchart LR");
        Assert.True(at >= 0, "README.md does not quote the scorecard's map.");
        Assert.Equal(expected, readme.Skip(at).Take(expected.Count).ToList());
        Assert.Equal("  ```", readme[at + expected.Count]);
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

        throw new InvalidOperationException("IntegrationContracts.sln not found above " + AppContext.BaseDirectory);
    }
}
