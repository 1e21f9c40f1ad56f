namespace IntegrationContracts.Package.Tests;

/// <summary>
/// Packs IntegrationContracts with a unique version into a temporary feed, then creates a fresh consumer project
/// that restores it from that feed only, into an isolated NuGet packages folder. Shared by the end-to-end tests.
/// </summary>
public sealed class PackedConsumer : IDisposable
{
    public PackedConsumer()
    {
        Root = Path.Combine(Path.GetTempPath(), "ic-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        var repository = RepositoryRoot();
        Pack = DotNet.Run(repository, null,
            "pack", Path.Combine(repository, "src", "IntegrationContracts.Package", "IntegrationContracts.Package.csproj"),
            "-c", "Release", "-o", Feed,
            $"-p:IntegrationContractsVersion={Version}",
            $"-p:ArtifactsPath={Path.Combine(Root, "artifacts")}");
        Package = Path.Combine(Feed, $"IntegrationContracts.{Version}.nupkg");

    }

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Package { get; }
    public DotNet.Result Pack { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Validates a manifest against the JSON Schema inside the packed .nupkg (the one users get).</summary>
    public void AssertMatchesPackagedSchema(string manifest)
    {
        string schemaText;
        using (var archive = System.IO.Compression.ZipFile.OpenRead(Package))
        using (var reader = new StreamReader(archive.GetEntry("schema/integrations.manifest.schema.json")!.Open()))
        {
            schemaText = reader.ReadToEnd();
        }

        var schema = Json.Schema.JsonSchema.FromText(schemaText, new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        using var document = System.Text.Json.JsonDocument.Parse(manifest);
        var results = schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(results.IsValid, "The manifest does not match the packaged schema:\n" + manifest);
    }

    /// <summary>A fresh consumer project of its own (own obj/ and bin/), so that one test's build cannot satisfy another's.</summary>
    public ConsumerProject CreateProject(string name)
    {
        var project = Path.Combine(Root, name);
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IntegrationContracts" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "ShopOrderSync.cs"), """
            using IntegrationContracts;

            namespace Consumer;

            // Owned and alerted, but with no retry policy: IC0002.
            [Integration("shop-orders-to-erp", Source = "Shopify", Target = "Business Central")]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example")]
            [AlertHook(typeof(ConsoleAlert))]
            public sealed class ShopOrderSync { }

            // Nobody owns this one: IC0001.
            [Integration("crm-customers-to-erp")]
            [NoRetry("The CRM redelivers.")]
            [AlertHook(typeof(ConsoleAlert))]
            public sealed class CustomerSync { }

            // Talks to an external system but nobody marked it: IC0010.
            public sealed class PriceFeed(System.Net.Http.HttpClient http)
            {
                public System.Threading.Tasks.Task<string> LatestAsync() => http.GetStringAsync("prices/latest");
            }

            public sealed class ConsoleAlert : IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) =>
                    System.Threading.Tasks.Task.CompletedTask;
            }
            """);
        return new ConsumerProject(project, Environment);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not fail the tests.
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "IntegrationContracts.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One consumer project that references the packed IntegrationContracts.</summary>
public sealed class ConsumerProject(string directory, IReadOnlyDictionary<string, string> environment)
{
    public string Directory { get; } = directory;

    public string ManifestPath => Path.Combine(Directory, "bin", "Debug", "net10.0", "integrations.manifest.json");

    public DotNet.Result Build(params string[] arguments) => Run("build", arguments);

    public DotNet.Result Pack(params string[] arguments) => Run("pack", arguments);

    /// <summary><c>dotnet format analyzers</c> on the project, as the README's adoption step does.</summary>
    public DotNet.Result FormatAnalyzers(params string[] arguments) =>
        DotNet.Run(Directory, environment, new[] { "format", "analyzers", Path.Combine(Directory, "Consumer.csproj") }.Concat(arguments).ToArray());

    private DotNet.Result Run(string command, string[] arguments) =>
        DotNet.Run(Directory, environment, new[] { command, "-nodeReuse:false" }.Concat(arguments).ToArray());
}
