namespace IntegrationContracts.Package.Tests;

/// <summary>
/// IntegrationContracts.Hosting as users get it: packed with the same version as IntegrationContracts, referenced alone
/// by a fresh app (the generator, analyzers and build task come with it), and run: the declared retry is applied and the
/// shipped logger hook names the owner.
/// </summary>
[Collection(PackedCollection.Name)]
public sealed class HostingEndToEndTests(PackedConsumer packed)
{
    [Fact]
    public void An_app_that_adds_only_the_hosting_package_runs_its_declared_contract()
    {
        var repository = PackedConsumer.RepositoryRoot();
        var pack = DotNet.Run(repository, null,
            "pack", Path.Combine(repository, "src", "IntegrationContracts.Hosting", "IntegrationContracts.Hosting.csproj"),
            "-c", "Release", "-o", packed.Feed,
            $"-p:IntegrationContractsVersion={packed.Version}",
            $"-p:ArtifactsPath={Path.Combine(packed.Root, "artifacts")}");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var nuspec = Nuspec(Path.Combine(packed.Feed, $"IntegrationContracts.Hosting.{packed.Version}.nupkg"));
        Assert.Contains($"<dependency id=\"IntegrationContracts\" version=\"[{packed.Version}]\" include=\"All\" />", nuspec);

        var app = Path.Combine(packed.Root, "hosted-app");
        Directory.CreateDirectory(app);
        // The e2e feed in addition to the default registry (the hosting package's own dependencies: Polly, Microsoft.Extensions.*).
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="e2e" value="{packed.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "HostedApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IntegrationContracts.Hosting" Version="{packed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System.Diagnostics.Metrics;
            using IntegrationContracts;
            using IntegrationContracts.Hosting;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            long attempts = 0;
            using var listener = new MeterListener();
            listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == IntegrationTelemetry.Name) l.EnableMeasurementEvents(instrument); };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => { if (instrument.Name == IntegrationTelemetry.Attempts) attempts += value; });
            listener.Start();

            var services = new ServiceCollection()
                .AddLogging(logging => logging.AddProvider(new ConsoleLines()))
                .AddIntegrationContracts(o => { o.RetryDelay = TimeSpan.FromMilliseconds(10); o.UseJitter = false; });
            // Port 9 (discard) on the loopback refuses the connection: every attempt fails.
            services.AddHttpClient<ErpOrders>(c => c.BaseAddress = new Uri("http://127.0.0.1:9/")).AddIntegrationContract();
            using var provider = services.BuildServiceProvider();
            try
            {
                await provider.GetRequiredService<ErpOrders>().Http.GetAsync("orders");
            }
            catch (HttpRequestException)
            {
                Console.WriteLine("gave up");
            }

            Console.WriteLine($"attempts={attempts}");

            [Integration("erp-orders", Source = "Shop", Target = "ERP", Process = "Order-to-Cash")]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example", Runbook = "https://wiki.contoso.example/runbooks/erp-orders")]
            [RetryPolicy(3, Backoff = RetryBackoff.Exponential)]
            [AlertHook(typeof(LoggerAlertHook))]
            public sealed class ErpOrders(HttpClient http)
            {
                public HttpClient Http => http;
            }

            sealed class ConsoleLines : ILoggerProvider
            {
                public ILogger CreateLogger(string category) => new Lines();
                public void Dispose() { }
                sealed class Lines : ILogger
                {
                    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
                    public bool IsEnabled(LogLevel level) => level >= LogLevel.Error;
                    public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                    {
                        if (IsEnabled(level)) Console.WriteLine(level + ": " + formatter(state, exception));
                    }
                }
            }
            """);

        var build = DotNet.Run(app, null, "build", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
        // The build knows the contract is applied: the manifest the generator wrote says the declared retry runs through
        // the contract pipeline (IC0018 would say otherwise).
        var manifest = File.ReadAllText(Path.Combine(app, "bin", "Debug", "net10.0", "integrations.manifest.json"));
        Assert.Contains("\"retryApplied\": \"recognised\"", manifest);
        Assert.Contains("\"kind\": \"contractPipeline\"", manifest);

        var run = DotNet.Run(app, null, "run", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("gave up", run.Output);
        Assert.Contains("attempts=3", run.Output);
        Assert.Contains("Error: Integration erp-orders failed after attempt 3 and gave up. Owner: erp-team.", run.Output);
    }

    private static string Nuspec(string package)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(package);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
