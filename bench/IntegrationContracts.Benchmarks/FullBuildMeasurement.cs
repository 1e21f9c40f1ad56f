using System.Globalization;
using System.Runtime.InteropServices;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// --full-build: what the package adds to a whole `dotnet build --no-incremental` (MSBuild, csc, copying, the manifest
/// task), the measure the 3% quality bar names. Prints Markdown on stdout, for docs/performance.md; progress on stderr.
/// </summary>
public static class FullBuildMeasurement
{
    public static void Run(string[] args)
    {
        var integrations = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000;
        var pairs = args.Length > 2 && int.TryParse(args[2], out var p) ? p : 5;
        if (integrations < 1 || pairs < 1)
        {
            throw new ArgumentException("Usage: --full-build <integrations> <pairs> [--ordinary <classes>] [--report-analyzer] [--server] [--src <repo-root>], both numbers at least 1.");
        }

        var reportAnalyzer = args.Contains("--report-analyzer");
        // --ordinary <n>: n ordinary classes around the integrations (realistic density: 100 integrations, 1,400 ordinary).
        var ordinaryIndex = Array.IndexOf(args, "--ordinary");
        var ordinary = ordinaryIndex >= 0 && ordinaryIndex + 1 < args.Length ? int.Parse(args[ordinaryIndex + 1], CultureInfo.InvariantCulture) : 0;
        // --server: the compiler server, as a plain `dotnet build` uses it (warm JIT after the warm-up pair); its CPU
        // time is read from /proc. Without it every build starts a fresh csc: the cold cost a CI agent pays.
        var server = args.Contains("--server");
        var sourceIndex = Array.IndexOf(args, "--src");
        var sourceRoot = Path.GetFullPath(sourceIndex >= 0 && sourceIndex + 1 < args.Length ? args[sourceIndex + 1] : FindRepositoryRoot());

        // A fresh folder each time: nothing left from an earlier run (obj/, bin/, another package copy) can be reused.
        var directory = Path.Combine(Path.GetTempPath(), ordinary == 0 ? $"ic-bench-{integrations}" : $"ic-bench-{integrations}-{ordinary}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var packageCommands = new List<ExternalCommand>();
        Progress($"Building the package's assemblies from {sourceRoot} (Release) into {directory}/package");
        PackageCopy.Create(sourceRoot, Path.Combine(directory, "package"), packageCommands);
        var lines = BenchProject.Write(directory, integrations, ordinary);

        var restore = new ExternalCommand(directory, "dotnet", ["restore", BenchProject.ProjectFile]);
        Progress("Restoring");
        Check(restore, restore.Run());

        var without = Build(directory, withPackage: false, server);
        var with = Build(directory, withPackage: true, server);

        Console.WriteLine(Invariant($"## Full build: {integrations:N0} integrations, {ordinary:N0} ordinary classes, {lines:N0} lines"));
        Console.WriteLine();
        Console.WriteLine($"Machine: {Machine(directory)}; source {SourceVersion(sourceRoot)}.");
        Console.WriteLine();

        // The warm-up pair loads the SDK and the package assemblies into the disk cache; it also checks that the two
        // configurations differ as meant: only the build with the package writes the manifest.
        Progress("Warm-up pair (not counted)");
        Check(without, without.RunTimed());
        if (File.Exists(Path.Combine(directory, BenchProject.ManifestPath)))
        {
            throw new InvalidOperationException("The build without the package wrote a manifest.");
        }

        var bytesWithout = new FileInfo(Path.Combine(directory, BenchProject.AssemblyPath)).Length;
        Check(with, with.RunTimed());
        var bytesWith = new FileInfo(Path.Combine(directory, BenchProject.AssemblyPath)).Length;
        if (!File.Exists(Path.Combine(directory, BenchProject.ManifestPath)))
        {
            throw new InvalidOperationException("The build with the package wrote no manifest.");
        }

        Console.WriteLine(Invariant($"Assembly size: {bytesWithout:N0} bytes without the package, {bytesWith:N0} with it: {(bytesWith - bytesWithout) / (double)integrations:N0} bytes per integration (the embedded manifest and the IntegrationManifest class)."));
        Console.WriteLine();

        // Interleaved, so that a slow phase of the machine affects both configurations alike.
        Console.WriteLine("| run | package | wall (s) | CPU user+sys (s) |");
        Console.WriteLine("|---|---|---:|---:|");
        var withoutRuns = new List<ExternalCommand.Result>();
        var withRuns = new List<ExternalCommand.Result>();
        for (var i = 1; i <= pairs; i++)
        {
            foreach (var (command, runs, name) in new[] { (without, withoutRuns, "without"), (with, withRuns, "with") })
            {
                var serverBefore = server ? CompilerServerCpu.Seconds() : 0;
                var result = Check(command, command.RunTimed());
                if (server)
                {
                    result = result with { CpuSeconds = result.CpuSeconds + CompilerServerCpu.Seconds() - serverBefore };
                }

                runs.Add(result);
                Console.WriteLine(Invariant($"| {i} | {name} | {result.WallSeconds:F2} | {result.CpuSeconds:F2} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| median of {pairs} | without | with | with / without |");
        Console.WriteLine("|---|---:|---:|---:|");
        PrintMedians("wall (s)", withoutRuns.Select(r => r.WallSeconds), withRuns.Select(r => r.WallSeconds));
        PrintMedians("CPU user+sys (s)", withoutRuns.Select(r => r.CpuSeconds), withRuns.Select(r => r.CpuSeconds));
        Console.WriteLine();

        ExternalCommand? report = null;
        if (reportAnalyzer)
        {
            // One more build with the package, with the compiler's own timing of each analyzer and generator (MSBuild
            // logs csc's report at detailed verbosity only).
            report = new ExternalCommand(directory, "dotnet", with.Arguments.Concat(["-p:ReportAnalyzer=true", "-v:d"]).ToList());
            Progress("Build with -p:ReportAnalyzer=true");
            var output = Check(report, report.Run()).Output;
            File.WriteAllText(Path.Combine(directory, "report-analyzer.log"), output);
            Console.WriteLine("Compiler's analyzer report (`-p:ReportAnalyzer=true`), IntegrationContracts rows and totals " +
                              $"(the whole log: {directory}/report-analyzer.log):");
            Console.WriteLine();
            Console.WriteLine("```text");
            foreach (var line in AnalyzerReport.IntegrationContractsRows(output))
            {
                Console.WriteLine(line);
            }

            Console.WriteLine("```");
            Console.WriteLine();
        }

        Console.WriteLine("Commands:");
        Console.WriteLine();
        Console.WriteLine("```sh");
        Console.WriteLine($"dotnet run -c Release --project bench/IntegrationContracts.Benchmarks -- {string.Join(" ", args)}");
        Console.WriteLine(ExternalCommand.ExportLine);
        Console.WriteLine($"cd {sourceRoot}");
        foreach (var command in packageCommands)
        {
            Console.WriteLine(command.ToShell());
        }

        Console.WriteLine($"cd {directory}");
        Console.WriteLine(restore.ToShell());
        Console.WriteLine(without.ToShell(timed: true));
        Console.WriteLine(with.ToShell(timed: true));
        if (report is not null)
        {
            Console.WriteLine(report.ToShell());
        }

        Console.WriteLine("```");
    }

    /// <summary>
    /// A whole rebuild, as the quality bar states it. No node reuse (MSBuild nodes would spend CPU time in processes
    /// that outlive the build). Without --server no compiler server either: a fresh csc per build. The console logger,
    /// also when run from a terminal, so a pasted command does the same work.
    /// </summary>
    private static ExternalCommand Build(string directory, bool withPackage, bool server) => new(directory, "dotnet",
    [
        "build", BenchProject.ProjectFile, "--no-incremental", "--no-restore", "-nodeReuse:false", "-tl:off",
        $"-p:UseSharedCompilation={(server ? "true" : "false")}", $"-p:WithPackage={(withPackage ? "true" : "false")}",
    ]);

    private static ExternalCommand.Result Check(ExternalCommand command, ExternalCommand.Result result) =>
        result.ExitCode == 0 ? result : throw new InvalidOperationException($"{command.ToShell()} failed in {command.WorkingDirectory}:\n{result.Output}");

    private static void PrintMedians(string label, IEnumerable<double> without, IEnumerable<double> with)
    {
        var w = Median(without);
        var p = Median(with);
        Console.WriteLine(Invariant($"| {label} | {w:F2} | {p:F2} | {p / w:F3} ({(p - w) / w:+0.0%;-0.0%}) |"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Processors, OS and the SDK the builds use (the one `dotnet --version` picks in the project folder).</summary>
    private static string Machine(string directory)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var sdk = new ExternalCommand(directory, "dotnet", ["--version"]).Run().Output.Trim();
        return $"{Environment.ProcessorCount} logical processors{(cpu is null ? "" : $" ({cpu})")}, {RuntimeInformation.OSDescription}, .NET SDK {sdk}";
    }

    /// <summary>The commit the package was built from, and whether src/ had changes not in it.</summary>
    private static string SourceVersion(string sourceRoot)
    {
        var commit = new ExternalCommand(sourceRoot, "git", ["rev-parse", "--short", "HEAD"]).Run();
        if (commit.ExitCode != 0)
        {
            return "not a git checkout";
        }

        var changes = new ExternalCommand(sourceRoot, "git", ["status", "--porcelain", "--", "src"]).Run().Output.Trim();
        return $"commit {commit.Output.Trim()}{(changes.Length > 0 ? " with uncommitted changes in src/" : "")}";
    }

    /// <summary>The repository this benchmark was built in: its output lives under the repository's artifacts/ folder.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationContracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No repository root above the benchmark's output; pass --src <repo-root>.");
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}...");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
