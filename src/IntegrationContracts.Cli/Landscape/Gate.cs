namespace IntegrationContracts.Cli.Landscape;

/// <summary>
/// <c>--fail-on</c>: <c>conflicts</c> fails on findings between services' declarations (source-of-truth conflicts,
/// flows not from the master, duplicate names); <c>gaps</c> on integrations that are not ready; <c>any</c> on
/// either, and on unowned systems.
/// </summary>
internal static class Gate
{
    public static readonly string[] Names = ["conflicts", "gaps", "any"];

    /// <summary>Why the gate fails, one line per reason; empty when it passes.</summary>
    public static IReadOnlyList<string> Failures(IntegrationLandscape landscape, string gate)
    {
        var failures = new List<string>();
        var conflicts = landscape.Findings.Count(f => f.IsConflict);
        var others = landscape.Findings.Count - conflicts;
        var gaps = landscape.Integrations.Count - landscape.Ready;
        if (gate is "conflicts" or "any" && conflicts > 0)
        {
            // Said as found: a conflict both of whose sides one service declares is not "between services".
            var between = landscape.Findings.Count(f => f.IsConflict && f.Evidence.Select(e => e.Service).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1);
            var within = conflicts - between;
            failures.Add(string.Join(" and ", new[]
            {
                between > 0 ? $"{between} conflict(s) between services' declarations" : null,
                within > 0 ? $"{within} conflict(s) within one service's declarations" : null,
            }.Where(part => part is not null)));
        }

        if (gate is "gaps" or "any" && gaps > 0)
        {
            failures.Add($"{gaps} integration(s) not ready");
        }

        if (gate is "any" && others > 0)
        {
            failures.Add($"{others} unowned system(s)");
        }

        return failures;
    }
}
