using IntegrationContracts.RealCode.Labels;
using IntegrationContracts.RealCode.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.RealCode.Scoring;

internal sealed record AppResult(string App, Confusion Discovery, Confusion Retry, Confusion Catches, IReadOnlyList<string> Notes);

/// <summary>
/// Runs the analyzers on one application twice — as it is (IC0010) and with its labelled
/// integration classes marked (IC0002, IC0011) — and scores what they report against the labels.
/// A report on something nobody labelled counts as wrong and is listed, so the set can be completed.
/// </summary>
internal static class AppMeasurement
{
    /// <param name="options">The analyzer options: none, or the team's (<see cref="TeamOptions"/>).</param>
    /// <param name="timing">When given, also measures each analyzer's cost on the application with its integrations marked.</param>
    public static AppResult Run(AppEntry app, AppSolution solution, AppLabels labels, AnalyzerOptions options, AnalyzerTiming? timing)
    {
        var notes = new List<string>();
        var plain = Findings(solution, options, notes);

        var discovery = ScoreDiscovery(plain, labels.Discovery);

        var marked = IntegrationMarker.Mark(solution, labels.Retry.Select(r => r.Type).ToHashSet(StringComparer.Ordinal), out var found);
        notes.AddRange(labels.Retry.Where(r => !found.Contains(r.Type)).Select(r => $"{r.Where}: {r.Type} is not declared in the compiled projects"));
        var markedFindings = Findings(marked, options, notes: null);
        foreach (var project in marked.Projects)
        {
            // Measured as after adoption: the integrations are marked, so every rule has work to do.
            timing?.Measure(project.Compilation, options);
        }

        var retry = ScoreRetry(markedFindings, labels.Retry, type => RetryEvidenceOf(marked, type));
        var catches = ScoreCatches(solution.Folder, markedFindings, labels.Catches);
        return new AppResult(app.Name, discovery, retry, catches, notes);
    }

    private sealed record Finding(string Id, string? Type, string File, int Line, string Message);

    private static List<Finding> Findings(AppSolution solution, AnalyzerOptions options, List<string>? notes)
    {
        var findings = new List<Finding>();
        foreach (var project in solution.Projects)
        {
            var name = Path.GetFileName(project.Inputs.ProjectPath);
            foreach (var problem in project.Inputs.Problems)
            {
                notes?.Add($"{name}: {problem}");
            }

            var (diagnostics, errors, firstError, crashes) = AnalyzerRun.RunAsync(project.Compilation, options).GetAwaiter().GetResult();
            foreach (var crash in crashes)
            {
                Console.Error.WriteLine($"ANALYZER CRASH in {name}: {crash.GetMessage()}");
                notes?.Add($"{name}: ANALYZER CRASH {crash.GetMessage()}");
            }

            if (errors > 0)
            {
                notes?.Add($"{name}: {errors} compiler error(s) in {project.Compilation.SyntaxTrees.Count()} files (source generators do not run here), first: {firstError}");
            }

            findings.AddRange(diagnostics.Select(d => new Finding(
                d.Id,
                TypeName.At(project.Compilation, d.Location),
                d.Location.SourceTree is { } tree ? Path.GetRelativePath(solution.Folder, tree.FilePath) : "",
                d.Location.GetLineSpan().StartLinePosition.Line + 1,
                d.GetMessage())));
        }

        return findings;
    }

    private static Confusion ScoreDiscovery(List<Finding> findings, IReadOnlyList<DiscoveryLabel> labels)
    {
        var confusion = new Confusion();
        var reported = findings.Where(f => f.Id == "IC0010" && f.Type is not null).GroupBy(f => f.Type!).ToDictionary(g => g.Key, g => g.First());
        foreach (var label in labels)
        {
            reported.TryGetValue(label.Type, out var finding);
            confusion.Add(label.IsIntegration, finding is not null, $"{label.Type} ({label.Kind}; {label.Note}){(finding is null ? "" : " — " + finding.Message)}");
        }

        foreach (var (type, finding) in reported.Where(r => !labels.Any(l => l.Type == r.Key)))
        {
            confusion.Add(false, true, $"{type} is not labelled — {finding.Message}");
        }

        return confusion;
    }

    private static Confusion ScoreRetry(List<Finding> findings, IReadOnlyList<RetryLabel> labels, Func<string, string?> evidence)
    {
        var confusion = new Confusion();
        var reported = findings.Where(f => f.Id == "IC0002" && f.Type is not null).GroupBy(f => f.Type!).ToDictionary(g => g.Key, g => g.First());
        foreach (var label in labels)
        {
            reported.TryGetValue(label.Type, out var finding);
            var recognised = finding is null ? evidence(label.Type) : null;
            confusion.Add(!label.Retries, finding is not null, $"{label.Type} ({(label.Retries ? "retries: " : "no retry: ")}{label.How}){(recognised is null ? "" : " — recognised: " + recognised)}");
        }

        return confusion;
    }

    /// <summary>What the contract model recognised as the type's retry (for --details on a missed case).</summary>
    private static string? RetryEvidenceOf(AppSolution solution, string type)
    {
        foreach (var project in solution.Projects)
        {
            if (project.Compilation.Assembly.GetTypeByMetadataName(type) is { } symbol
                && IntegrationContracts.Analyzers.Contracts.ContractModel.For(project.Compilation) is { } model
                && model.Contract(symbol) is { } contract)
            {
                return model.Verdicts(contract).RetryEvidence is { } evidence ? $"{evidence.KindName}: {evidence.Description} ({evidence.File}:{evidence.Line})" : null;
            }
        }

        return null;
    }

    private static Confusion ScoreCatches(string folder, List<Finding> findings, IReadOnlyList<CatchLabel> labels)
    {
        var confusion = new Confusion();
        var reported = findings.Where(f => f.Id == "IC0011").Select(f => (f.File.Replace('\\', '/'), f.Line)).ToHashSet();
        var labelled = labels.Select(l => (l.File, l.Line)).ToHashSet();
        foreach (var label in labels)
        {
            if (!File.Exists(Path.Combine(folder, label.File)))
            {
                confusion.Mistakes.Add($"{label.Where}: {label.File} does not exist");
            }

            confusion.Add(label.Swallows, reported.Contains((label.File, label.Line)), $"{label.File}:{label.Line} ({label.Why})");
        }

        foreach (var (file, line) in reported.Where(r => !labelled.Contains(r)))
        {
            confusion.Add(false, true, $"{file}:{line} is not labelled");
        }

        return confusion;
    }
}
