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
