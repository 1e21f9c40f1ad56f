namespace IntegrationContracts.Benchmarks;

/// <summary>
/// Builds the shipped projects in Release from a source tree and copies their outputs into a folder laid out as the
/// IntegrationContracts .nupkg is (see IntegrationContracts.Package.csproj). The measured builds use only this copy, so
/// edits or builds in the source tree while a measurement runs cannot change it.
/// </summary>
public static class PackageCopy
{
    public static void Create(string sourceRoot, string packageDirectory, ICollection<ExternalCommand> commands)
    {
        var library = Build(sourceRoot, "IntegrationContracts", commands);
        CopyTo(packageDirectory, "lib/netstandard2.0", library, Path.ChangeExtension(library, ".xml"));
        CopyTo(packageDirectory, "analyzers/dotnet/cs", Build(sourceRoot, "IntegrationContracts.Analyzers", commands));
        CopyTo(packageDirectory, "analyzers/dotnet/cs", Build(sourceRoot, "IntegrationContracts.CodeFixes", commands));
        CopyTo(packageDirectory, "tasks/netstandard2.0", Build(sourceRoot, "IntegrationContracts.Build", commands));

        // The props and targets, with the package's default task path ..\tasks\netstandard2.0, which the layout above matches.
        var msbuildFiles = Path.Combine(sourceRoot, "src", "IntegrationContracts.Package", "build");
        CopyTo(packageDirectory, "build", Directory.GetFiles(msbuildFiles));
    }

    /// <summary>Builds one project and returns its assembly's path, as MSBuild reports it (no guessed bin path).</summary>
    private static string Build(string sourceRoot, string project, ICollection<ExternalCommand> commands)
    {
        var command = new ExternalCommand(sourceRoot, "dotnet",
            ["build", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-t:Build", "-getProperty:TargetPath"]);
        commands.Add(command);
        var result = command.Run();
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command.ToShell()} failed in {sourceRoot}:\n{result.Output}");
        }

        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
    }

    private static void CopyTo(string packageDirectory, string folder, params string[] files)
    {
        var target = Directory.CreateDirectory(Path.Combine(packageDirectory, folder)).FullName;
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}
