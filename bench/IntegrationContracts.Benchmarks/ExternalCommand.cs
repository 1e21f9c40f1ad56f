using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IntegrationContracts.Benchmarks;

/// <summary>A command line run to completion, its output kept (stdout and stderr together) for error messages and parsing.</summary>
public sealed record ExternalCommand(string WorkingDirectory, string FileName, IReadOnlyList<string> Arguments)
{
    public sealed record Result(int ExitCode, string Output, double WallSeconds, double CpuSeconds);

    /// <summary>
    /// Set for every command: no MSBuild node or MSBuild server outlives its build (its CPU time would be lost, and a warm
    /// process would make later builds cheaper), and no telemetry upload.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BuildEnvironment = new Dictionary<string, string>
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>GNU time, when installed; otherwise bash's time keyword, which reports the same rusage numbers.</summary>
    private static readonly bool HasGnuTime = File.Exists("/usr/bin/time");

    /// <summary>The line that sets <see cref="BuildEnvironment"/> in a shell.</summary>
    public static string ExportLine => "export " + string.Join(" ", BuildEnvironment.Select(e => $"{e.Key}={e.Value}"));

    /// <summary>What to paste into a shell (after <see cref="ExportLine"/>, in the working directory) to run the same command.</summary>
    public string ToShell(bool timed = false)
    {
        var time = !timed ? "" : HasGnuTime ? "/usr/bin/time -f \"%e %U %S\" " : "time ";
        return time + string.Join(" ", Arguments.Prepend(FileName).Select(Quote));
    }

    public Result Run() => Start(FileName, Arguments, timeFile: null);

    /// <summary>
    /// Runs the command under a time tool: its user+sys time covers the whole process tree (MSBuild nodes, csc), which
    /// the Process class cannot see. Wall time is measured here with a stopwatch.
    /// </summary>
    public Result RunTimed()
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var result = HasGnuTime
                ? Start("/usr/bin/time", new[] { "-f", "%e %U %S", "-o", timeFile, FileName }.Concat(Arguments).ToList(), timeFile)
                : Start("bash", new[] { "-c", "TIMEFORMAT='%R %U %S'; { time \"$@\" 2>&1; } 2>\"$IC_BENCH_TIME_FILE\"", "bash", FileName }.Concat(Arguments).ToList(), timeFile);

            // The last line: GNU time writes "Command exited with non-zero status" above it when the command failed.
            var times = File.ReadAllLines(timeFile).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cpu = double.Parse(times[1].Replace(',', '.'), CultureInfo.InvariantCulture) + double.Parse(times[2].Replace(',', '.'), CultureInfo.InvariantCulture);
            return result with { CpuSeconds = cpu };
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private Result Start(string fileName, IReadOnlyList<string> arguments, string? timeFile)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // `dotnet run` passes its own MSBuild settings to this process (_MSBUILDTLENABLED, MSBUILDFAILONDRIVEENUMERATINGWILDCARD);
        // the measured builds must see the environment of a build started from a shell.
        foreach (var name in info.Environment.Keys.Where(k => k.TrimStart('_').StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in BuildEnvironment)
        {
            info.Environment[name] = value;
        }

        if (timeFile is not null)
        {
            info.Environment["IC_BENCH_TIME_FILE"] = timeFile;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), wall, 0);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=+,@%".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''")}'";
}
