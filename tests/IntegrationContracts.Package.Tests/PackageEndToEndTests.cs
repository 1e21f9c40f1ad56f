using System.IO.Compression;
using System.Text.Json;

namespace IntegrationContracts.Package.Tests;

/// <summary>The package as a user gets it: packed, restored from a feed into a fresh project, built with the SDK.</summary>
[Collection(PackedCollection.Name)]
public sealed class PackageEndToEndTests(PackedConsumer consumer)
{
    [Fact]
    public void Package_has_the_documented_layout_and_no_dependencies()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        using var archive = ZipFile.OpenRead(consumer.Package);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/IntegrationContracts.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/IntegrationContracts.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/IntegrationContracts.CodeFixes.dll", entries);
        Assert.Contains("tasks/netstandard2.0/IntegrationContracts.Build.dll", entries);
        Assert.Contains("schema/integrations.manifest.schema.json", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/IntegrationContracts.props", entries);
            Assert.Contains($"{folder}/IntegrationContracts.targets", entries);
        }

        using var nuspec = new StreamReader(archive.GetEntry("IntegrationContracts.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.DoesNotContain("<dependency ", metadata);

        // What nuget.org shows: licence, icon, a readme whose links work there, release notes, where the code lives.
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<icon>icon.png</icon>", metadata);
        Assert.Contains("icon.png", entries);
        Assert.Contains("<readme>README.md</readme>", metadata);
        using var readme = new StreamReader(archive.GetEntry("README.md")!.Open());
        var readmeText = readme.ReadToEnd();
        Assert.DoesNotMatch(@"\]\((?!https?://)[^)]+\)", readmeText);
        Assert.Contains("<releaseNotes># Changelog", metadata);
        Assert.Contains("<repository type=\"git\" url=\"https://github.com/integration-contracts/IntegrationContracts\"", metadata);
        Assert.Contains("<projectUrl>https://github.com/integration-contracts/IntegrationContracts</projectUrl>", metadata);
    }

    [Fact]
    public void A_local_pack_without_a_version_gets_a_version_of_its_own()
    {
        var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
        while (!File.Exists(Path.Combine(repository, "IntegrationContracts.sln")))
        {
            repository = Path.GetDirectoryName(repository)!;
        }

        var result = DotNet.Run(repository, null, "msbuild", Path.Combine(repository, "src", "IntegrationContracts.Package", "IntegrationContracts.Package.csproj"), "-getProperty:PackageVersion");

        Assert.True(result.ExitCode == 0, result.ToString());
        // A timestamp to the second: a re-pack is never served the earlier package from the NuGet cache.
        Assert.Matches(@"^0\.1\.0-dev\.\d{14}$", result.Output.Trim());
    }

    [Fact]
    public void Build_reports_the_rules_writes_the_manifest_and_skips_it_when_nothing_changed()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("Default");
        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning IC0001", build.Output);
        Assert.Contains("warning IC0002", build.Output);
        Assert.Contains("warning IC0010", build.Output);
        Assert.True(File.Exists(project.ManifestPath), "integrations.manifest.json was not written.\n" + build);

        consumer.AssertMatchesPackagedSchema(File.ReadAllText(project.ManifestPath));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(project.ManifestPath)))
        {
            var integrations = manifest.RootElement.GetProperty("integrations").EnumerateArray().ToList();
            var orders = Assert.Single(integrations, i => i.GetProperty("name").GetString() == "shop-orders-to-erp");
            Assert.Equal("erp-team", orders.GetProperty("owner").GetProperty("team").GetString());
            Assert.Equal("Consumer", manifest.RootElement.GetProperty("assembly").GetProperty("name").GetString());
        }

        var written = File.GetLastWriteTimeUtc(project.ManifestPath);
        var noOp = project.Build("--no-restore");
        Assert.True(noOp.ExitCode == 0, noOp.ToString());
        Assert.Equal(written, File.GetLastWriteTimeUtc(project.ManifestPath));
    }

    [Fact]
    public void A_logging_helper_written_as_a_CSharp_14_extension_member_is_logging_to_the_SDKs_compiler()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("ExtensionMembers");
        const string source = """
            using System;
            using IntegrationContracts;

            namespace Consumer;

            public interface IAppLog { void Write(string level, string message); }

            public static class AppLogExtensions
            {
                extension(IAppLog log)
                {
                    public void Error(Exception exception, string message) => log.Write("error", message + ": " + exception.Message);
                }
            }

            [Integration("stock-to-shop", Source = "ERP", Target = "Shop")]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example")]
            [NoRetry("The next run sends the stock again.")]
            [AlertHook(typeof(ConsoleAlert))]
            public sealed class StockPush(IAppLog log)
            {
                public void Push()
                {
                    try { Send(); }
                    catch (Exception ex) { log.Error(ex, "Stock push failed"); }
                }

                public void PushQuietly()
                {
                    try { Send(); }
                    catch (Exception) { }
                }

                private static void Send() { }
            }
            """;
        File.WriteAllText(Path.Combine(project.Directory, "StockPush.cs"), source);

        // net10.0's default language version is C# 14: the SDK's compiler (Roslyn 5) binds the extension member.
        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var lines = source.Split('\n');
        var logged = Array.FindIndex(lines, line => line.Contains("log.Error(ex")) + 1;
        var swallowed = Array.FindIndex(lines, line => line.Contains("catch (Exception) { }")) + 1;
        var reports = build.Output.Split('\n').Where(line => line.Contains("warning IC0011") && line.Contains("StockPush.cs(")).ToList();
        Assert.Contains(reports, line => line.Contains($"StockPush.cs({swallowed},"));
        Assert.DoesNotContain(reports, line => line.Contains($"StockPush.cs({logged},"));
    }

    [Fact]
    public void Warnaserror_fails_the_build()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var build = consumer.CreateProject("WarnAsError").Build("-warnaserror");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error IC0001", build.Output);
    }

    [Fact]
    public void Strict_mode_turns_every_rule_into_an_error()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var build = consumer.CreateProject("Strict").Build("-p:IntegrationContractsStrict=true");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error IC0001", build.Output);
        Assert.Contains("error IC0002", build.Output);
    }

    [Fact]
    public void Strict_mode_bites_on_an_up_to_date_build_and_leaves_info_rules_as_info()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("StrictIncremental");
        File.WriteAllText(Path.Combine(project.Directory, "Objects.cs"), """
            using IntegrationContracts;

            namespace Consumer;

            [SourceOfTruth("Shopify")]
            public sealed record SalesOrder(string Number);

            // Carries an object but alerts only technical audiences: IC0013, an Info rule.
            [Integration("orders-to-erp", Source = "Shopify", Objects = new[] { typeof(SalesOrder) })]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example")]
            [NoRetry("The shop redelivers.")]
            [AlertHook(typeof(ConsoleAlert))]
            public sealed class OrderExport { }
            """);
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());

        // No --no-incremental: nothing but the property changed, and the compiler must run again.
        var strict = project.Build("--no-restore", "-p:IntegrationContractsStrict=true");

        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error IC0001", strict.Output);
        Assert.DoesNotContain("error IC0013", strict.Output);
    }

    [Fact]
    public void A_top_level_program_that_calls_a_client_is_not_reported()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("TopLevel");
        File.WriteAllText(Path.Combine(project.Directory, "Program.cs"),
            "System.Console.WriteLine(await new System.Net.Http.HttpClient().GetStringAsync(\"https://prices.example/latest\"));\n");
        var build = project.Build("-p:OutputType=Exe");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning IC0010", build.Output); // the consumer's unmarked PriceFeed still is
        Assert.DoesNotContain("'Program'", build.Output);
    }

    [Fact]
    public void Unknown_manifest_format_is_a_clear_build_error()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var build = consumer.CreateProject("BadFormat").Build("-p:IntegrationContractsManifestFormats=json%3Bpdf");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("ICB005", build.Output);
        Assert.Contains("'pdf'", build.Output);
    }

    [Theory]
    [InlineData("redacted")]
    [InlineData("none")]
    public void A_library_can_keep_support_details_out_of_its_assembly_and_still_get_the_manifest_files(string embedding)
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("Embed" + embedding);
        var build = project.Build($"-p:IntegrationContractsEmbedManifest={embedding}", "-p:IntegrationContractsManifestFormats=json%3Bmarkdown");

        Assert.True(build.ExitCode == 0, build.ToString());
        var assembly = File.ReadAllBytes(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.False(Contains(assembly, "erp@contoso.example"), "The contact ships in the assembly.");
        Assert.Equal(embedding == "redacted", Contains(assembly, "IntegrationContracts.Manifest.json"));

        var manifest = File.ReadAllText(project.ManifestPath);
        consumer.AssertMatchesPackagedSchema(manifest);
        Assert.Contains("\"contact\": \"erp@contoso.example\"", manifest);
        Assert.Contains("erp@contoso.example", File.ReadAllText(Path.Combine(Path.GetDirectoryName(project.ManifestPath)!, "integrations.md")));
    }

    [Fact]
    public void An_unknown_embedding_is_a_clear_build_error()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var build = consumer.CreateProject("BadEmbedding").Build("-p:IntegrationContractsEmbedManifest=partial");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("ICB007", build.Output);
        Assert.Contains("'partial'", build.Output);
    }

    [Fact]
    public void All_formats_are_written_to_a_relative_manifest_directory_that_is_created()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("Formats");
        var build = project.Build("-p:IntegrationContractsManifestFormats=json%3Bmarkdown%3Bbackstage", "-p:IntegrationContractsManifestDirectory=published/manifests");

        Assert.True(build.ExitCode == 0, build.ToString());
        var directory = Path.Combine(project.Directory, "published", "manifests");
        var files = Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // A directory of the project's choosing may be shared: every file name starts with the assembly name.
        Assert.Equal(new[] { "Consumer.catalog-groups.yaml", "Consumer.catalog-info.yaml", "Consumer.integrations.manifest.json", "Consumer.integrations.md" }, files);
        Assert.False(File.Exists(project.ManifestPath), "The manifest was written to the output directory too.");

        consumer.AssertMatchesPackagedSchema(File.ReadAllText(Path.Combine(directory, "Consumer.integrations.manifest.json")));
        var scorecard = File.ReadAllText(Path.Combine(directory, "Consumer.integrations.md"));
        Assert.Contains("| shop-orders-to-erp | Shopify → Business Central |", scorecard);
        Assert.Contains("```mermaid", scorecard);

        var catalog = new YamlDotNet.RepresentationModel.YamlStream();
        catalog.Load(new StringReader(File.ReadAllText(Path.Combine(directory, "Consumer.catalog-info.yaml"))));
        Assert.Equal(3, catalog.Documents.Count); // the assembly and its two integrations
        var groups = new YamlDotNet.RepresentationModel.YamlStream();
        groups.Load(new StringReader(File.ReadAllText(Path.Combine(directory, "Consumer.catalog-groups.yaml"))));
        Assert.Equal(2, groups.Documents.Count); // erp-team, and unowned for the integration without an owner
    }

    [Fact]
    public void Pack_carries_the_manifest_only_when_the_project_opts_in()
    {
        Assert.True(consumer.Pack.ExitCode == 0, consumer.Pack.ToString());
        var project = consumer.CreateProject("PackManifest");
        const string formats = "-p:IntegrationContractsManifestFormats=json%3Bmarkdown";

        var plain = project.Pack(formats, "-o", "plain");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.DoesNotContain(PackageEntries(Path.Combine(project.Directory, "plain")), entry => entry.StartsWith("integration-contracts/", StringComparison.Ordinal));

        var optedIn = project.Pack(formats, "-p:IntegrationContractsPackManifest=true", "--no-build", "-o", "opted-in");
        Assert.True(optedIn.ExitCode == 0, optedIn.ToString());
        var entries = PackageEntries(Path.Combine(project.Directory, "opted-in"));
        Assert.Contains("integration-contracts/integrations.manifest.json", entries);
        Assert.Contains("integration-contracts/integrations.md", entries);
    }

    private static List<string> PackageEntries(string folder)
    {
        var package = Assert.Single(Directory.GetFiles(folder, "*.nupkg"));
        using var archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }

    private static bool Contains(byte[] assembly, string text) =>
        assembly.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0
        || assembly.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(text)) >= 0;
}
