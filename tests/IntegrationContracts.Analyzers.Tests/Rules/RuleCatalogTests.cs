using System.Reflection;
using System.Text.RegularExpressions;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>Every rule an analyzer exports has a help link to its page, the page exists, and the release tracking and README list it.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in ExportedDescriptors().Select(d => d.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Every_rule_identifier_constant_is_exported_by_an_analyzer()
    {
        var constants = typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order()
            .ToList();

        Assert.Equal(constants, ExportedDescriptors().Select(d => d.Id).Distinct().Order().ToList());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_help_link_page_release_entry_and_readme_row(string id)
    {
        var descriptor = ExportedDescriptors().First(d => d.Id == id);
        Assert.Equal(RuleDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Equal(RuleDescriptors.Category, descriptor.Category);
        Assert.Matches(new Regex("^IC\\d{4}$"), id);

        var root = RepositoryRoot();
        var page = Path.Combine(root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no docs page at {page}.");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(page));

        var releases = File.ReadAllText(Path.Combine(root, "src", "IntegrationContracts.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(root, "src", "IntegrationContracts.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains(id + " |", releases);

        Assert.Contains($"[{id}](docs/rules/{id}.md)", File.ReadAllText(Path.Combine(root, "README.md")));
    }

    [Fact]
    public void Strict_mode_raises_exactly_the_rules_that_warn_by_default()
    {
        var strict = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "IntegrationContracts.Package", "build", "IntegrationContracts.Strict.globalconfig"))
            .Select(line => Regex.Match(line, @"^dotnet_diagnostic\.(IC\d{4})\.severity = error$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();
        var warnings = ExportedDescriptors()
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning)
            .Select(d => d.Id)
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(warnings, strict);
        Assert.DoesNotContain("category-IntegrationContracts", File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "IntegrationContracts.Package", "build", "IntegrationContracts.Strict.globalconfig")));
    }

    /// <summary>Verbs a message's last sentence starts with: it says what to do.</summary>
    private static readonly string[] Instructions =
    {
        "Add", "Declare", "Fix", "Give", "Implement", "Keep", "Log", "Mark", "Move", "Name", "Pass", "Remove", "Rename",
        "Rethrow", "Say", "Set", "Take", "Use",
    };

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_message_ends_with_what_to_do(string id)
    {
        foreach (var descriptor in ExportedDescriptors().Where(d => d.Id == id))
        {
            var format = descriptor.MessageFormat.ToString();
            if (format == "{0}")
            {
                continue; // IC0005 composes each message: checked by Every_invalid_value_message_ends_with_what_to_do
            }

            AssertEndsWithInstruction(id, format);
        }
    }

    [Fact]
    public async Task Every_invalid_value_message_ends_with_what_to_do()
    {
        const string source = """
            using IntegrationContracts;

            [assembly: SourceOfTruth("ERP")]

            public sealed record Item;
            public sealed record Order;

            [SourceOfTruth(" ", Object = typeof(Order))]
            public sealed record Customer;

            [Integration(" ", Objects = new[] { typeof(Item) })]
            [IntegrationOwner(" ", Runbook = "wiki page")]
            [RetryPolicy(0)]
            [AlertHook(null!)]
            public sealed class Broken
            {
                [Integration("x")]
                [NoRetry(" ")]
                public void Run() { }
            }
            """;
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Messages",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source) },
            (await Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .Append(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location)),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation
            .WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new IntegrationContracts.Analyzers.Validation.InvalidContractValueAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        Assert.True(diagnostics.Length >= 8, string.Join("\n", diagnostics));
        Assert.All(diagnostics, diagnostic => AssertEndsWithInstruction(diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static void AssertEndsWithInstruction(string id, string message)
    {
        Assert.True(message.EndsWith('.'), $"{id}: the message does not end with a sentence: {message}");
        // The last sentence: after the last ". " (or, in a one-sentence message, ": ") that a capital letter follows.
        var starts = Regex.Matches(message, @"\. (?=[A-Z])").Select(m => m.Index + 2).ToList();
        var start = starts.Count > 0 ? starts[^1] : Regex.Matches(message, @": (?=[A-Z])").Select(m => m.Index + 2).LastOrDefault();
        var lastSentence = message[start..];
        var firstWord = Regex.Match(lastSentence, "^[A-Z][a-z]+").Value;
        Assert.True(
            Instructions.Contains(firstWord),
            $"{id}: the message's last sentence does not say what to do: \"{lastSentence}\" in \"{message}\"");
    }

    private static IEnumerable<DiagnosticDescriptor> ExportedDescriptors() =>
        typeof(RuleDescriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);

    private static string RepositoryRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "IntegrationContracts.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("The repository root (IntegrationContracts.sln) was not found above " + AppContext.BaseDirectory);
    }
}
