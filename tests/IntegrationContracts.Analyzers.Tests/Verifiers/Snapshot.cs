using System.Runtime.CompilerServices;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Byte-for-byte snapshot files under <c>Snapshots/</c>, next to the test sources.
/// Set <c>IC_ACCEPT_SNAPSHOTS=1</c> to write the current output as the new snapshot.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindProjectDirectory(callerPath), "Snapshots");
        var path = Path.Combine(directory, name);
        if (Environment.GetEnvironmentVariable("IC_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}. Run the tests with IC_ACCEPT_SNAPSHOTS=1 to create it, then review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }

    private static string FindProjectDirectory(string callerPath)
    {
        for (var directory = Path.GetDirectoryName(callerPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No test project above {callerPath}.");
    }
}
