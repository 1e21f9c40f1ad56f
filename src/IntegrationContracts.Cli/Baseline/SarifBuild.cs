using System.Diagnostics;

namespace IntegrationContracts.Cli.Baseline;

/// <summary>
/// <c>baseline --project</c>: builds the project itself, with <c>--no-incremental</c> so the compiler runs and writes the
/// SARIF log even when the project is up to date (a plain <c>dotnet build -p:ErrorLog=…</c> on an up-to-date project
/// writes none), to an absolute path of its own (a relative ErrorLog lands in the project folder, not where the shell is).
/// </summary>
internal static class SarifBuild
{
    /// <summary>How to produce a SARIF log by hand, for the message when <c>--sarif</c> names no file.</summary>
    public const string Recipe = "produce it with: dotnet build <your.csproj> --no-incremental -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1 (an absolute path: a relative one is taken from the project's folder), or let this command build: integration-contracts baseline --project <your.csproj> --output <file>";

    /// <returns>The SARIF log's path, or the reason there is none.</returns>
    public static (string? Sarif, string? Problem) Run(string project, CliOutput cli)
    {
        if (!File.Exists(project))
        {
            return (null, $"{project}: no such project file.");
        }

        if (!project.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"{project}: name a project file (.csproj): a baseline is a file compiled into one project, so each project gets its own.");
        }

        var folder = Directory.CreateTempSubdirectory("integration-contracts-baseline-").FullName;
        var sarif = Path.Combine(folder, "build.sarif");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", Path.GetFullPath(project), "--no-incremental", "-nologo", "-p:ErrorLog=" + sarif + "%2Cversion=2.1" })
        {
            start.ArgumentList.Add(argument);
        }

        cli.Error.WriteLine($"baseline: building {project} (--no-incremental, SARIF log {sarif})...");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();

        // A build that fails on strict-mode errors still writes its log; without a log, the build itself failed.
        if (!File.Exists(sarif))
        {
            cli.Error.WriteLine(output.Result);
            cli.Error.WriteLine(errors.Result);
            return (null, $"{project}: the build wrote no SARIF log (exit code {process.ExitCode}); its output is above.");
        }

        return (sarif, null);
    }
}
