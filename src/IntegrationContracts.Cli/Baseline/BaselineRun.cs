namespace IntegrationContracts.Cli.Baseline;

/// <summary>
/// <c>integration-contracts baseline</c>: turns a build's findings into a suppression file, so a legacy codebase
/// can turn strict mode on today and fail only on new gaps. Re-running it on a later build's log drops the entries
/// whose gap was fixed; it never adds a finding silently (<c>--add-new</c> says so explicitly).
/// </summary>
internal static class BaselineRun
{
    /// <param name="sarif">A build's SARIF log; or null, with <paramref name="project"/> to build and log here.</param>
    public static int Run(string? sarif, string? project, string? output, bool addNew, string date, CliOutput cli)
    {
        if ((sarif is null) == (project is null))
        {
            cli.Error.WriteLine("error: name either --project (the command builds it and reads its log) or --sarif (a build's log).");
            return ExitCodes.BadInput;
        }

        if (project is not null)
        {
            var (built, problem) = SarifBuild.Run(project, cli);
            if (built is null)
            {
                cli.Error.WriteLine($"error: {problem}");
                return ExitCodes.BadInput;
            }

            sarif = built;
        }
        else if (!File.Exists(sarif))
        {
            cli.Error.WriteLine($"error: {sarif}: no such file; {SarifBuild.Recipe}.");
            return ExitCodes.BadInput;
        }

        IReadOnlyList<SarifFinding> findings;
        try
        {
            findings = SarifFindings.Read(sarif!);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"error: {sarif}: {e.Message}");
            return ExitCodes.BadInput;
        }

        var types = new EnclosingType();
        var current = new List<Suppression>();
        var unplaced = 0;
        foreach (var finding in findings)
        {
            if (finding.File is not null && types.At(finding.File, finding.Line, finding.Column) is { } id)
            {
                current.Add(new Suppression(finding.RuleId, "~" + id, $"baseline {date}"));
            }
            else
            {
                unplaced++;
                cli.Error.WriteLine($"warning: {finding.File ?? "(no file)"}({finding.Line}): {finding.RuleId} is not inside a type and cannot be baselined; fix it: {finding.Message}");
            }
        }

        current = current.DistinctBy(s => s.Key).ToList();
        var existing = output is not null && File.Exists(output) ? SuppressionFile.Read(output) : null;
        var kept = existing is null ? current : existing.Where(e => current.Any(c => c.Key == e.Key)).ToList();
        var fixedCount = existing is null ? 0 : existing.Count - kept.Count;
        var added = existing is null ? [] : current.Where(c => existing.All(e => e.Key != c.Key)).ToList();
        if (addNew)
        {
            kept = [.. kept, .. added];
        }

        var text = SuppressionFile.Write(kept);
        if (output is null)
        {
            cli.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output, text);
        }

        cli.Error.WriteLine($"baseline: {kept.Count} finding(s) on {kept.Select(k => k.Target).Distinct().Count()} type(s){(output is null ? "" : " in " + output)}; {fixedCount} fixed since the last baseline (removed); {added.Count} new{(addNew && added.Count > 0 ? " (added)" : "")}.");
        if (added.Count > 0 && !addNew)
        {
            foreach (var finding in added)
            {
                cli.Error.WriteLine($"error: new finding {finding.RuleId} on {finding.Target} is not in the baseline: fix it, or re-run with --add-new to baseline it.");
            }

            return ExitCodes.GateFailed;
        }

        return unplaced > 0 ? ExitCodes.GateFailed : ExitCodes.Clean;
    }
}
