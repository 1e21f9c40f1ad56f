using IntegrationContracts.Cli.Diff;
using IntegrationContracts.Cli.Inputs;
using IntegrationContracts.Cli.Landscape;

namespace IntegrationContracts.Cli.Commands;

/// <summary><c>integration-contracts diff</c>: what a change does to the landscape, for a pull-request comment.</summary>
internal static class DiffRun
{
    public static readonly string[] Formats = ["markdown", "json"];

    /// <param name="context">
    /// The rest of the landscape, the same before and after (other services' manifests), so that conflicts the change
    /// creates with them show; a service the sides also contain is taken from the side.
    /// </param>
    public static int Run(IReadOnlyList<string> before, IReadOnlyList<string> after, IReadOnlyList<string> context, string format, string? output, string? failOn, CliOutput cli)
    {
        var old = InputReader.Read(before, cli, "the before side");
        var now = InputReader.Read(after, cli, "the after side");
        var rest = context.Count == 0 ? new InputSet([], []) : InputReader.Read(context, cli);
        var problems = old.Problems.Concat(now.Problems).Concat(rest.Problems).ToList();
        foreach (var problem in problems)
        {
            cli.Error.WriteLine($"error: {problem}");
        }

        var diff = LandscapeDiff.Compare(IntegrationLandscape.Merge(With(old, rest)), IntegrationLandscape.Merge(With(now, rest)));
        LandscapeRun.Emit(format == "json" ? DiffReports.Json(diff) : DiffReports.Markdown(diff), output, cli);
        if (problems.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        return LandscapeRun.GateResult(failOn is null ? [] : diff.GateFailures(failOn), failOn, cli);
    }

    private static List<ManifestInput> With(InputSet side, InputSet context) =>
        side.Manifests.Concat(context.Manifests.Where(c => !side.Manifests.Any(m => string.Equals(m.Document.AssemblyName, c.Document.AssemblyName, StringComparison.OrdinalIgnoreCase)))).ToList();
}
