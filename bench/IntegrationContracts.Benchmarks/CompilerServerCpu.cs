using System.Globalization;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// CPU time spent in the compiler server (VBCSCompiler), read from /proc: with --server the compiler runs there, in a
/// process that outlives each build, so /usr/bin/time of the build does not see it. Linux only.
/// </summary>
public static class CompilerServerCpu
{
    // Clock ticks per second of /proc/<pid>/stat's utime and stime; 100 on every Linux the SDK supports.
    private const double TicksPerSecond = 100;

    /// <summary>User+system seconds of every running compiler server process.</summary>
    public static double Seconds()
    {
        var total = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (!commandLine.Contains("VBCSCompiler", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                total += (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // A process that ended while being read, or one that is not ours to read.
            }
        }

        return total;
    }
}
