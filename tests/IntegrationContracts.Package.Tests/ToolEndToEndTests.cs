using System.IO.Compression;

namespace IntegrationContracts.Package.Tests;

/// <summary>The integration-contracts tool as users get it: packed, installed from the .nupkg into a fresh tool path, run.</summary>
[Collection(PackedCollection.Name)]
public sealed class ToolEndToEndTests(PackedConsumer consumer, PackedTool tool)
{
    [Fact]
    public void The_tool_package_installs_and_describes_itself()
    {
        Assert.True(tool.Pack.ExitCode == 0, tool.Pack.ToString());
        Assert.True(tool.Install.ExitCode == 0, tool.Install.ToString());
        using var archive = ZipFile.OpenRead(tool.Package);
        using var nuspec = new StreamReader(archive.GetEntry("IntegrationContracts.Cli.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<packageType name=\"DotnetTool\" />", metadata);
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<icon>icon.png</icon>", metadata);
        Assert.Contains("<readme>README.md</readme>", metadata);
        Assert.Contains("<releaseNotes># Changelog", metadata);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/integration-contracts/IntegrationContracts\"", metadata);

        var help = tool.Run(tool.Root, "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("landscape", help.Output);
        Assert.Contains("baseline", help.Output);
    }

    [Fact]
    public void The_installed_tool_reads_a_built_assembly_and_gates_on_gaps()
    {
        var project = consumer.CreateProject("tool-landscape");
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var assembly = Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Consumer.dll");

        var report = tool.Run(project.Directory, "landscape", assembly, "--format", "markdown");
        var gate = tool.Run(project.Directory, "landscape", assembly, "--fail-on", "gaps", "--format", "json");

        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("| shop-orders-to-erp | Consumer |", report.Output);
        Assert.Equal(1, gate.ExitCode);
        Assert.Contains("gate --fail-on gaps failed", gate.Output);
    }

    [Fact]
    public void Baseline_round_trip_strict_mode_passes_on_the_baseline_and_fails_on_a_new_gap()
    {
        var project = consumer.CreateProject("tool-baseline");
        var sarif = Path.Combine(project.Directory, "build.sarif");
        var baseline = Path.Combine(project.Directory, "IntegrationContracts.Baseline.cs");

        // 1. A legacy codebase: its build has findings, written to SARIF.
        var first = project.Build("-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("warning IC0002", first.Output);

        // 2. The baseline suppresses what is there today.
        var written = tool.Run(project.Directory, "baseline", "--sarif", sarif, "--output", baseline);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("\"IC0001\"", File.ReadAllText(baseline));
        Assert.Contains("\"IC0002\"", File.ReadAllText(baseline));
        Assert.Contains("\"IC0010\"", File.ReadAllText(baseline));

        // 3. Strict mode can be turned on today.
        var strict = project.Build("-p:IntegrationContractsStrict=true", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(strict.ExitCode == 0, strict.ToString());
        Assert.DoesNotContain("error IC", strict.Output);

        // 4. A new gap still fails it, and the baseline does not take it in silently.
        File.WriteAllText(Path.Combine(project.Directory, "NewSync.cs"), """
            using IntegrationContracts;

            namespace Consumer;

            [Integration("new-sync")]
            [NoRetry("Idempotent; the next run repeats it.")]
            public sealed class NewSync { }
            """);
        var failing = project.Build("-p:IntegrationContractsStrict=true", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("error IC0001", failing.Output);
        Assert.Contains("NewSync", failing.Output);

        var rerun = tool.Run(project.Directory, "baseline", "--sarif", sarif, "--output", baseline);
        Assert.Equal(1, rerun.ExitCode);
        Assert.Contains("new finding IC0001 on ~T:Consumer.NewSync", rerun.Output);
    }

    [Fact]
    public void Baseline_builds_the_project_itself_so_an_up_to_date_project_works()
    {
        var project = consumer.CreateProject("tool-baseline-project");
        var baseline = Path.Combine(project.Directory, "IntegrationContracts.Baseline.cs");

        // Up to date: a plain `dotnet build -p:ErrorLog=...` would not run the compiler now, and write no log.
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());

        var written = tool.Run(project.Directory, "baseline", "--project", Path.Combine(project.Directory, "Consumer.csproj"), "--output", baseline);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("\"IC0001\"", File.ReadAllText(baseline));

        var strict = project.Build("-p:IntegrationContractsStrict=true");
        Assert.True(strict.ExitCode == 0, strict.ToString());
        Assert.DoesNotContain("error IC", strict.Output);
    }

    [Fact]
    public void Readme_adoption_step_1_marks_the_unmarked_integrations_and_they_are_not_ready_until_someone_owns_them()
    {
        var project = consumer.CreateProject("tool-adopt-mark");
        File.WriteAllText(Path.Combine(project.Directory, "RateFeed.cs"), """
            namespace Consumer;

            public sealed class RateFeed(System.Net.Http.HttpClient http)
            {
                public System.Threading.Tasks.Task<string> ReadAsync() => http.GetStringAsync("https://rates.example/eur");
            }
            """);
        var before = project.Build();
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Contains("warning IC0010", before.Output);

        // README step 1, as written there.
        var format = project.FormatAnalyzers("--diagnostics", "IC0010", "--severity", "info");
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.Contains("[Integration(", File.ReadAllText(Path.Combine(project.Directory, "RateFeed.cs")));

        var after = project.Build();
        Assert.DoesNotContain("warning IC0010", after.Output);
        Assert.Contains("warning IC0001", after.Output);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(project.ManifestPath));
        var feed = manifest.RootElement.GetProperty("integrations").EnumerateArray().Single(i => i.GetProperty("type").GetString() == "Consumer.RateFeed");
        Assert.False(feed.GetProperty("readiness").GetProperty("owner").GetBoolean());
    }
}
