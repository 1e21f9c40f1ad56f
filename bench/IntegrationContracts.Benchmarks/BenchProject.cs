namespace IntegrationContracts.Benchmarks;

/// <summary>
/// The synthetic landscape as a real project on disk, built by `dotnet build` in two configurations:
/// -p:WithPackage=false references only the attributes library (the code cannot compile without it);
/// -p:WithPackage=true adds what the NuGet package adds: analyzers and generator, code fixes, props and targets with the
/// manifest task. The package's files come from a package-shaped folder (<see cref="PackageCopy"/>) next to the project.
/// </summary>
public static class BenchProject
{
    public const string ProjectFile = "Contoso.Bench.csproj";

    /// <summary>Where a build with the package writes its manifest (the default: the output directory).</summary>
    public const string ManifestPath = "bin/Debug/net10.0/integrations.manifest.json";

    public const string AssemblyPath = "bin/Debug/net10.0/Contoso.Bench.dll";

    /// <summary>Writes the project and its sources into <paramref name="directory"/> and returns the number of source lines.</summary>
    public static int Write(string directory, int integrations, int ordinaryClasses = 0)
    {
        var sources = SyntheticLandscape.Generate(integrations, ordinaryClasses);
        var sourceDirectory = Directory.CreateDirectory(Path.Combine(directory, "src")).FullName;
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(sourceDirectory, $"File{i}.cs"), sources[i]);
        }

        File.WriteAllText(Path.Combine(directory, ProjectFile), Project);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), DirectoryBuildProps);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), DirectoryBuildTargets);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "# No .editorconfig above this folder applies.\nroot = true\n");
        return SyntheticLandscape.LineCount(sources);
    }

    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- An ordinary class library, as `dotnet new classlib` makes it; the landscape's files carry their own usings. -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Library</OutputType>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <!-- Both configurations: the code uses the attributes. -->
            <Reference Include="package/lib/netstandard2.0/IntegrationContracts.dll" />
          </ItemGroup>
        </Project>
        """;

    // Its presence stops MSBuild's search for Directory.Build.* files in parent folders.
    private const string DirectoryBuildProps = """
        <Project>
          <PropertyGroup>
            <WithPackage Condition="'$(WithPackage)' == ''">false</WithPackage>
            <!-- No package sources (nuget.config), so nothing to audit; this keeps restore off the network. -->
            <NuGetAudit>false</NuGetAudit>
          </PropertyGroup>
          <!-- Where NuGet imports a package's build/*.props: before the project body. -->
          <Import Project="package/build/IntegrationContracts.props" Condition="'$(WithPackage)' == 'true'" />
        </Project>
        """;

    private const string DirectoryBuildTargets = """
        <Project>
          <!-- What NuGet adds for the package's analyzers/dotnet/cs folder, and its build/*.targets import (after the SDK's
               targets, as here). -->
          <ItemGroup Condition="'$(WithPackage)' == 'true'">
            <Analyzer Include="$(MSBuildThisFileDirectory)package/analyzers/dotnet/cs/IntegrationContracts.Analyzers.dll" />
            <Analyzer Include="$(MSBuildThisFileDirectory)package/analyzers/dotnet/cs/IntegrationContracts.CodeFixes.dll" />
          </ItemGroup>
          <Import Project="package/build/IntegrationContracts.targets" Condition="'$(WithPackage)' == 'true'" />
        </Project>
        """;

    // The project needs no package (the targeting pack ships with the SDK); the repository's local feed must not apply.
    private const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
          </packageSources>
        </configuration>
        """;
}
