using IntegrationContracts.Cli.Diff;
using IntegrationContracts.Cli.Inputs;
using IntegrationContracts.Cli.Landscape;

namespace IntegrationContracts.Cli.Commands;

/// <summary><c>integration-contracts diff</c>: what a change does to the landscape, for a pull-request comment.</summary>
internal static class DiffRun
{
    public static readonly string[] Formats = ["markdown", "json"];

    public static int Run(IReadOnlyList<string> before, IReadOnlyList<string> after, string format, string? output, string? failOn, CliOutput cli)
    {
        var old = InputReader.Read(before, cli);
        var now = InputReader.Read(after, cli);
        foreach (var problem in old.Problems.Concat(now.Problems))
        {
            cli.Error.WriteLine($"error: {problem}");
        }

        var diff = LandscapeDiff.Compare(IntegrationLandscape.Merge(old.Manifests), IntegrationLandscape.Merge(now.Manifests));
        LandscapeRun.Emit(format == "json" ? DiffReports.Json(diff) : DiffReports.Markdown(diff), output, cli);
        if (old.Problems.Count + now.Problems.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return LandscapeRun.GateResult(failOn is null ? [] : diff.GateFailures(failOn), failOn, cli);
    }
}
