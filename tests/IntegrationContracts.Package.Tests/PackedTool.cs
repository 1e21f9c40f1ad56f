namespace IntegrationContracts.Package.Tests;

/// <summary>
/// Packs the integration-contracts tool with a unique version into a temporary feed and installs it from that
/// .nupkg into a fresh tool path, as `dotnet tool install` does for users.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Root = Path.Combine(Path.GetTempPath(), "ic-tool-" + Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        var repository = PackedConsumer.RepositoryRoot();
        Pack = DotNet.Run(repository, null,
            "pack", Path.Combine(repository, "src", "IntegrationContracts.Cli", "IntegrationContracts.Cli.csproj"),
            "-c", "Release", "-o", feed,
            $"-p:IntegrationContractsVersion={Version}",
            $"-p:ArtifactsPath={Path.Combine(Root, "artifacts")}");
        Package = Path.Combine(feed, $"IntegrationContracts.Cli.{Version}.nupkg");
        ToolPath = Path.Combine(Root, "tools");
        Install = DotNet.Run(Root, environment, "tool", "install", "IntegrationContracts.Cli", "--version", Version, "--tool-path", ToolPath, "--add-source", feed);
    }

    public string Root { get; }
    public string Version { get; }
    public string Package { get; }
    public string ToolPath { get; }
    public DotNet.Result Pack { get; }
    public DotNet.Result Install { get; }

    /// <summary>Runs the installed <c>integration-contracts</c> command.</summary>
    public DotNet.Result Run(string workingDirectory, params string[] arguments) =>
        DotNet.RunProgram(Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "integration-contracts.exe" : "integration-contracts"), workingDirectory, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>The packed package and tool, made once for every end-to-end test class.</summary>
[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedConsumer>, ICollectionFixture<PackedTool>
{
    public const string Name = "packed";
}
