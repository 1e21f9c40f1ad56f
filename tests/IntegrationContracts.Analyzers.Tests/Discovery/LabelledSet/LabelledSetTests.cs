using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationContracts.Analyzers.Discovery;
using IntegrationContracts.Analyzers.Rules;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace IntegrationContracts.Analyzers.Tests.Discovery.LabelledSet;

/// <summary>
/// Measures IC0010 on the hand-labelled set in <c>Cases/</c> (see its README): precision (how many reports are real
/// integrations) and recall (how many real integrations are reported), with every disagreement printed.
/// </summary>
public sealed partial class LabelledSetTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.9;
    private const double MinimumRecall = 0.85;
    private const string DefaultProject = "Contoso.Integrations";

    [Fact]
    public async Task IC0010_precision_and_recall_meet_the_bar()
    {
        var cases = new List<LabelledCase>();
        foreach (var project in CaseFiles().GroupBy(ProjectOf))
        {
            cases.AddRange(await AnalyzeProjectAsync(project.Key, project.ToList()));
        }

        var truePositives = cases.Count(c => c.Expected && c.Reported);
        var falsePositives = cases.Count(c => !c.Expected && c.Reported);
        var falseNegatives = cases.Count(c => c.Expected && !c.Reported);
        var trueNegatives = cases.Count(c => !c.Expected && !c.Reported);
        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"IC0010 labelled set: {cases.Count} cases ({cases.Count(c => c.Expected)} integrations, {cases.Count(c => !c.Expected)} look-alikes)"));
        output.WriteLine($"TP {truePositives}  FP {falsePositives}  FN {falseNegatives}  TN {trueNegatives}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000}  recall {recall:0.000}"));
        foreach (var miss in cases.Where(c => c.Expected != c.Reported).OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"{(miss.Reported ? "false positive" : "false negative")}: {miss.Name} ({miss.File}) — labelled {(miss.Expected ? "yes" : "no")}: {miss.Reason}");
        }

        Assert.True(cases.Count >= 40, $"The labelled set has only {cases.Count} cases.");
        Assert.True(precision >= MinimumPrecision, string.Create(CultureInfo.InvariantCulture, $"Precision {precision:0.000} is below {MinimumPrecision}."));
        Assert.True(recall >= MinimumRecall, string.Create(CultureInfo.InvariantCulture, $"Recall {recall:0.000} is below {MinimumRecall}."));
    }

    private static async Task<IEnumerable<LabelledCase>> AnalyzeProjectAsync(string project, IReadOnlyList<string> files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var caseTrees = files.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, path: file)).ToList();
        var stubTrees = new[] { LibraryStubs.NServiceBus, LibraryStubs.FluentFtp, LibraryStubs.AmazonSns }
            .Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Stubs{index}.cs"));
        var references = project.EndsWith(".Tests", StringComparison.Ordinal)
            ? ClientLibraries.References.AddRange(ClientLibraries.Xunit)
            : ClientLibraries.References;
        var compilation = CSharpCompilation.Create(
            project,
            caseTrees.Concat(stubTrees),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"The labelled set ({project}) does not compile:\n" + string.Join("\n", errors));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnmarkedIntegrationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var reported = diagnostics.Where(d => d.Id == RuleIdentifiers.UnmarkedIntegration).ToList();

        var cases = new List<LabelledCase>();
        foreach (var tree in caseTrees)
        {
            foreach (var declaration in (await tree.GetRootAsync()).DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (declaration is InterfaceDeclarationSyntax)
                {
                    continue;
                }

                var label = LabelOf(declaration);
                Assert.True(label is not null, $"{declaration.Identifier.ValueText} in {Path.GetFileName(tree.FilePath)} has no '// IC0010: yes|no (why)' label.");
                var identifier = declaration.Identifier.GetLocation();
                var isReported = reported.RemoveAll(d => d.Location.SourceTree == tree && d.Location.SourceSpan == identifier.SourceSpan) > 0;
                cases.Add(new LabelledCase(declaration.Identifier.ValueText, Path.GetFileName(tree.FilePath), label!.Value.Expected, label.Value.Reason, isReported));
            }
        }

        Assert.True(reported.Count == 0, "IC0010 reported types outside the labelled declarations:\n" + string.Join("\n", reported));
        return cases;
    }

    private static (bool Expected, string Reason)? LabelOf(TypeDeclarationSyntax declaration)
    {
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && Label().Match(trivia.ToString()) is { Success: true } match)
            {
                return (match.Groups[1].Value == "yes", match.Groups[2].Value);
            }
        }

        return null;
    }

    private static IEnumerable<string> CaseFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Discovery", "LabelledSet", "Cases"), "*.cs").Order(StringComparer.Ordinal);

    private static string ProjectOf(string file) =>
        File.ReadLines(file).FirstOrDefault() is { } first && first.StartsWith("// project: ", StringComparison.Ordinal)
            ? first["// project: ".Length..].Trim()
            : DefaultProject;

    [GeneratedRegex(@"^//\s*IC0010:\s*(yes|no)\s*\((.+)\)\s*$")]
    private static partial Regex Label();

    private sealed record LabelledCase(string Name, string File, bool Expected, string Reason, bool Reported);
}
