using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Tests.Agreement;

/// <summary>
/// The samples' manifests tell the same story as their builds: for every integration of samples/Contoso.Warehouse and
/// samples/Contoso.Integrations, each readiness flag is false exactly when its rule is reported. (Every rule test runs
/// the same check on its own sources through the verifiers.)
/// </summary>
public sealed class SamplesAgreementTests
{
    [Fact]
    public async Task Every_sample_integration_has_the_verdicts_its_build_reports()
    {
        var warehouse = Compile("Contoso.Warehouse", Array.Empty<MetadataReference>());
        var integrations = Compile("Contoso.Integrations", new[] { warehouse.ToMetadataReference() });

        Assert.Equal(1, await VerdictAgreement.AssertAsync(warehouse, Options("Contoso.Warehouse")));
        // Web shop orders, CRM customers, credit limits, invoices, shipments, item prices, stock levels: every flaw the samples show.
        Assert.True(await VerdictAgreement.AssertAsync(integrations, Options("Contoso.Integrations")) >= 7);
    }

    private static Compilation Compile(string project, IEnumerable<MetadataReference> references)
    {
        var folder = Path.Combine(RepositoryRoot(), "samples", project);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path));
        var compilation = CSharpCompilation.Create(
            project,
            trees,
            ClientLibraries.References.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // The samples use the generated IntegrationManifest class, which the generator adds later.
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.GetMessage().Contains("IntegrationManifest")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    private static AnalyzerOptions Options(string project)
    {
        var registry = Path.Combine(RepositoryRoot(), "samples", project, "integration-owners.json");
        return new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new GeneratorHarness.InMemoryAdditionalText(registry, File.ReadAllText(registry))),
            GeneratorHarness.BuildOptions(project));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IntegrationContracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
