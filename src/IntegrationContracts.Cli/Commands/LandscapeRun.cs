using IntegrationContracts.Cli.Inputs;
using IntegrationContracts.Cli.Landscape;
using IntegrationContracts.Cli.Reports;

namespace IntegrationContracts.Cli.Commands;

/// <summary><c>integration-contracts landscape</c>: read, merge, report, gate.</summary>
internal static class LandscapeRun
{
    public static readonly string[] Formats = ["table", "markdown", "json", "backstage"];

    public static int Run(IReadOnlyList<string> paths, string format, string? output, string? failOn, CliOutput cli)
    {
        var inputs = InputReader.Read(paths, cli);
        foreach (var problem in inputs.Problems)
        {
            cli.Error.WriteLine($"error: {problem}");
        }

        var landscape = IntegrationLandscape.Merge(inputs.Manifests);
        switch (format)
        {
            case "table" when output is null:
                LandscapeTable.Write(landscape, cli.Console);
                break;
            case "table":
                cli.Error.WriteLine("error: --format table is for the terminal; write a file with --format markdown, json or backstage.");
                return ExitCodes.BadInput;
            case "markdown":
                Emit(LandscapeMarkdown.Write(landscape), output, cli);
                break;
            case "json":
                Emit(LandscapeJson.Write(landscape), output, cli);
                break;
            case "backstage":
                WriteBackstage(landscape, output, cli);
                break;
        }

        if (inputs.Problems.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return GateResult(failOn is null ? [] : Gate.Failures(landscape, failOn), failOn, cli);
    }

    public static int GateResult(IReadOnlyList<string> failures, string? gate, CliOutput cli)
    {
        foreach (var failure in failures)
        {
            cli.Error.WriteLine($"gate --fail-on {gate} failed: {failure}.");
        }

        return failures.Count > 0 ? ExitCodes.GateFailed : ExitCodes.Clean;
    }

    public static void Emit(string text, string? output, CliOutput cli)
    {
        if (output is null)
        {
            cli.Out.Write(text);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(output, text);
        cli.Error.WriteLine($"wrote {output}");
    }

    // Backstage is several files (a Location and what it lists): --output names their folder.
    private static void WriteBackstage(IntegrationLandscape landscape, string? output, CliOutput cli)
    {
        var files = LandscapeBackstage.Write(landscape);
        if (output is null)
        {
            foreach (var (name, content) in files)
            {
                cli.Out.Write($"# {name}\n{content}");
            }

            return;
        }

        Directory.CreateDirectory(output);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(output, name), content);
        }

        cli.Error.WriteLine($"wrote {string.Join(", ", files.Select(f => Path.Combine(output, f.Key)))}");
    }
}
