using IntegrationContracts.Analyzers.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Discovery;

/// <summary>
/// The catalog's metadata names are the contract with the client libraries: each must name a real type of the
/// library (or of its faithful stub), and the rule page must list each one.
/// </summary>
public sealed class ExternalClientCatalogTests
{
    public static TheoryData<string> MetadataNames()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ExternalClientCatalog.Entries)
        {
            data.Add(entry.MetadataName);
        }

        data.Add(ExternalClientCatalog.RefitHttpMethodAttribute);
        return data;
    }

    [Theory]
    [MemberData(nameof(MetadataNames))]
    public void Metadata_name_resolves_against_the_client_library(string metadataName)
    {
        var type = LibraryCompilation.Value.GetTypeByMetadataName(metadataName);

        Assert.True(type is not null, $"{metadataName} does not resolve against the referenced client libraries and stubs.");
        Assert.NotEqual(TypeKind.Error, type!.TypeKind);
    }

    [Fact]
    public void Stubs_compile_without_errors()
    {
        var errors = LibraryCompilation.Value.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(MetadataNames))]
    public void Rule_page_lists_the_metadata_name(string metadataName)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", "IC0010.md"));
        Assert.Contains("`" + metadataName + "`", page);
    }

    [Fact]
    public void Catalog_has_no_duplicate_names_and_handlers_say_what_they_do()
    {
        var names = ExternalClientCatalog.Entries.Select(entry => entry.MetadataName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ExternalClientCatalog.Entries.Where(entry => entry.Role == ClientRole.Handler), handler =>
        {
            Assert.False(string.IsNullOrEmpty(handler.Verb));
            Assert.False(string.IsNullOrEmpty(handler.Family));
        });
    }

    private static readonly Lazy<Compilation> LibraryCompilation = new(() => CSharpCompilation.Create(
        "CatalogCheck",
        new[] { LibraryStubs.NServiceBus, LibraryStubs.FluentFtp, LibraryStubs.AmazonSns, LibraryStubs.RabbitMqModel, LibraryStubs.VendorSdks }
            .Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
        Verifiers.ClientLibraries.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

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
