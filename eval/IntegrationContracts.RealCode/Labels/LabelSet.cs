namespace IntegrationContracts.RealCode.Labels;

/// <summary>An application of the set: where its code comes from and which projects are compiled.</summary>
internal sealed record AppEntry(string Name, string Repository, string Commit, IReadOnlyList<string> Projects, string Notes);

/// <summary>IC0010: is this class an integration (it talks to another system) or a look-alike?</summary>
internal sealed record DiscoveryLabel(string Type, bool IsIntegration, string Kind, string Note, string Where);

/// <summary>IC0002: does this integration class retry (anywhere: in code, a registration, the SDK, a queue)?</summary>
internal sealed record RetryLabel(string Type, bool Retries, string How, string Where);

/// <summary>IC0011: does this catch clause (file and line of the catch keyword) swallow the failure?</summary>
internal sealed record CatchLabel(string File, int Line, bool Swallows, string Why, string Where);

internal sealed record AppLabels(
    IReadOnlyList<DiscoveryLabel> Discovery,
    IReadOnlyList<RetryLabel> Retry,
    IReadOnlyList<CatchLabel> Catches);

/// <summary>eval/realcode: apps.tsv, and per application discovery.tsv, retry.tsv and catches.tsv.</summary>
internal sealed class LabelSet
{
    private readonly Dictionary<string, AppLabels> byApp;

    private LabelSet(IReadOnlyList<AppEntry> apps, Dictionary<string, AppLabels> byApp)
    {
        Apps = apps;
        this.byApp = byApp;
    }

    public IReadOnlyList<AppEntry> Apps { get; }

    public AppLabels For(string app) => byApp[app];

    public static LabelSet Load(string directory)
    {
        var apps = Tsv.Read(Path.Combine(directory, "apps.tsv"), "app", "repository", "commit", "projects", "notes")
            .Select(r => new AppEntry(r["app"], r["repository"], r["commit"], r["projects"].Split(' ', StringSplitOptions.RemoveEmptyEntries), r["notes"]))
            .ToList();
        return new LabelSet(apps, apps.ToDictionary(a => a.Name, a => LoadApp(Path.Combine(directory, a.Name))));
    }

    /// <summary>One folder per application, named as in apps.tsv, with its three label files.</summary>
    private static AppLabels LoadApp(string folder)
    {
        var discovery = Tsv.Read(Path.Combine(folder, "discovery.tsv"), "type", "integration", "kind", "note")
            .Select(r => new DiscoveryLabel(r["type"], r.YesNo("integration"), r["kind"], r["note"], r.Where))
            .ToList();
        var retry = Tsv.Read(Path.Combine(folder, "retry.tsv"), "type", "retries", "how")
            .Select(r => new RetryLabel(r["type"], r.YesNo("retries"), r["how"], r.Where))
            .ToList();
        var catches = Tsv.Read(Path.Combine(folder, "catches.tsv"), "file", "line", "swallows", "why")
            .Select(r => new CatchLabel(r["file"], LineOf(r), r.YesNo("swallows"), r["why"], r.Where))
            .ToList();

        Duplicates(discovery.Select(d => (d.Type, d.Where)));
        Duplicates(retry.Select(d => (d.Type, d.Where)));
        Duplicates(catches.Select(d => ($"{d.File}:{d.Line}", d.Where)));
        return new AppLabels(discovery, retry, catches);
    }

    private static int LineOf(TsvRow row) =>
        int.TryParse(row["line"], out var line) && line > 0 ? line : throw new LabelFileException($"{row.Where}: line must be a positive number.");

    private static void Duplicates(IEnumerable<(string Key, string Where)> rows)
    {
        var duplicate = rows.GroupBy(r => r.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LabelFileException($"{duplicate.Last().Where}: '{duplicate.Key}' is labelled twice.");
        }
    }
}
