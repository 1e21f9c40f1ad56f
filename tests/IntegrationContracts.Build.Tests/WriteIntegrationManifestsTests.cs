using IntegrationContracts.Analyzers.Tests.Generator;
using IntegrationContracts.Build.Tests.Verifiers;
using Microsoft.Build.Framework;

namespace IntegrationContracts.Build.Tests;

/// <summary>The build task on real compiled assemblies: what it writes, where it reads from, and how it fails.</summary>
public sealed class WriteIntegrationManifestsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ic-task-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_every_selected_format_from_the_assembly_and_names_the_files_once()
    {
        var assembly = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName), _directory);
        var (task, engine) = Task(assembly, "json;markdown;backstage");

        Assert.True(task.Execute());

        Assert.Equal(
            new[] { "catalog-groups.yaml", "catalog-info.yaml", "integrations.manifest.json", "integrations.md" },
            task.ManifestFiles.Select(item => Path.GetFileName(item.ItemSpec)).OrderBy(name => name, StringComparer.Ordinal));
        Assert.All(task.ManifestFiles, item => Assert.True(File.Exists(item.ItemSpec)));
        Assert.Contains("\"name\": \"shop-orders-to-erp\"", File.ReadAllText(Output("integrations.manifest.json")));
        var announcement = Assert.Single(engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Contains("integrations.md", announcement.Message);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void An_unchanged_manifest_is_not_rewritten_and_not_announced()
    {
        var assembly = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName), _directory);
        Assert.True(Task(assembly, "json;markdown").Task.Execute());
        var written = File.GetLastWriteTimeUtc(Output("integrations.md"));
        File.SetLastWriteTimeUtc(Output("integrations.md"), written.AddMinutes(-5));

        var (task, engine) = Task(assembly, "json;markdown");
        Assert.True(task.Execute());

        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(Output("integrations.md")));
        Assert.DoesNotContain(engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal(2, task.ManifestFiles.Length); // still reported, or incremental clean would delete them
    }

    [Fact]
    public void Reads_the_full_manifest_from_the_document_file_when_the_assembly_carries_a_redacted_one()
    {
        var output = Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName, embedding: "redacted");
        var assembly = Manifests.Emit(output, _directory);
        var document = Path.Combine(_directory, IntegrationContracts.Shared.ManifestChannel.DocumentHintName);
        File.WriteAllText(document, Manifests.DocumentFile(output));
        Assert.DoesNotContain("erp@contoso.example", File.ReadAllText(assembly));

        var (task, engine) = Task(assembly, "json;markdown");
        task.DocumentPath = document;
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        Assert.Contains("erp@contoso.example", File.ReadAllText(Output("integrations.manifest.json")));
        Assert.Contains("[erp@contoso.example](mailto:erp@contoso.example)", File.ReadAllText(Output("integrations.md")));
    }

    [Fact]
    public void In_a_shared_directory_each_assembly_writes_its_own_files_and_never_replaces_another_ones()
    {
        var contoso = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName), _directory);
        var (first, _) = Task(contoso, "json;markdown;backstage");
        first.FileNamePrefix = "Contoso.Integrations.";
        Assert.True(first.Execute());
        Assert.Equal(
            new[] { "Contoso.Integrations.catalog-groups.yaml", "Contoso.Integrations.catalog-info.yaml", "Contoso.Integrations.integrations.manifest.json", "Contoso.Integrations.integrations.md" },
            Directory.GetFiles(Path.Combine(_directory, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Another assembly aimed at the same names: an error naming both, and the first project's files stay.
        Directory.CreateDirectory(Path.Combine(_directory, "other"));
        var warehouse = Manifests.Emit(Manifests.Generate(Landscape.All, "Contoso.Warehouse"), Path.Combine(_directory, "other"));
        foreach (var format in new[] { "json", "markdown", "backstage" })
        {
            var before = Directory.GetFiles(Path.Combine(_directory, "out")).ToDictionary(path => path, File.ReadAllText);
            var (second, engine) = Task(warehouse, format);
            second.FileNamePrefix = "Contoso.Integrations.";

            Assert.False(second.Execute());
            var error = Assert.Single(engine.Errors);
            Assert.Equal("ICB008", error.Code);
            Assert.Contains("'Contoso.Integrations'", error.Message);
            Assert.Contains("'Contoso.Warehouse'", error.Message);
            Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllText(file.Key)));
        }
    }

    [Fact]
    public void Every_format_names_the_assembly_it_belongs_to()
    {
        var output = Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName);
        foreach (var (format, file) in new[] { ("json", 0), ("markdown", 0), ("backstage", 0), ("backstage", 1) })
        {
            Assert.Equal(ContosoLandscape.AssemblyName, ManifestOwnership.AssemblyOf(Manifests.Render(output, format, file)));
        }
    }

    [Fact]
    public void An_unknown_format_is_an_error_that_lists_the_known_ones()
    {
        var assembly = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName), _directory);
        var (task, engine) = Task(assembly, "json;pdf");

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("ICB005", error.Code);
        Assert.Contains("'pdf'", error.Message);
        Assert.Contains("json;markdown;backstage", error.Message);
    }

    [Fact]
    public void A_missing_assembly_is_an_error_naming_it()
    {
        var (task, engine) = Task(Path.Combine(_directory, "Missing.dll"), "json");

        Assert.False(task.Execute());
        Assert.Equal("ICB001", Assert.Single(engine.Errors).Code);
        Assert.Contains("Missing.dll", engine.Errors[0].Message);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_error()
    {
        var notAnAssembly = Path.Combine(_directory, "notes.dll");
        File.WriteAllText(notAnAssembly, "not a PE file");
        var (task, engine) = Task(notAnAssembly, "json");

        Assert.False(task.Execute());
        Assert.Equal("ICB002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void An_assembly_without_a_manifest_is_a_warning_that_says_why()
    {
        var plain = Manifests.Emit(Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public sealed class Plain { }") },
            new[] { Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary)), _directory);
        var (task, engine) = Task(plain, "json");

        Assert.False(task.Execute());
        Assert.Equal("ICB003", Assert.Single(engine.Warnings).Code);
        Assert.Contains("generator did not run", engine.Warnings[0].Message);
    }

    [Fact]
    public void A_damaged_document_file_is_an_error_naming_it()
    {
        var assembly = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName, embedding: "none"), _directory);
        var document = Path.Combine(_directory, IntegrationContracts.Shared.ManifestChannel.DocumentHintName);
        File.WriteAllText(document, "// manifest: not base64 at all!\n");
        var (task, engine) = Task(assembly, "json");
        task.DocumentPath = document;

        Assert.False(task.Execute());
        Assert.Equal("ICB002", Assert.Single(engine.Errors).Code);
        Assert.Contains(document, engine.Errors[0].Message);
    }

    [Fact]
    public void A_manifest_of_another_schema_version_is_written_as_json_but_not_rendered()
    {
        var document = Path.Combine(_directory, IntegrationContracts.Shared.ManifestChannel.DocumentHintName);
        var json = "{ \"schemaVersion\": 2, \"integrations\": [] }";
        File.WriteAllText(document, "// manifest: " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)) + "\n");
        var (task, engine) = Task(Path.Combine(_directory, "Any.dll"), "markdown");
        task.DocumentPath = document;

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("ICB006", error.Code);
        Assert.Contains("schemaVersion 2", error.Message);
    }

    [Theory]
    [InlineData("Library", "", "", "library", "production")]
    [InlineData("Exe", "", "", "service", "production")]
    [InlineData("Library", "website", "experimental", "website", "experimental")]
    public void The_catalogs_type_and_lifecycle_come_from_the_project_not_a_fixed_service(string outputType, string type, string lifecycle, string expectedType, string expectedLifecycle)
    {
        var assembly = Manifests.Emit(Manifests.Generate(ContosoLandscape.All, ContosoLandscape.AssemblyName), _directory);
        var (task, _) = Task(assembly, "backstage");
        task.OutputType = outputType;
        task.BackstageType = type;
        task.BackstageLifecycle = lifecycle;

        Assert.True(task.Execute());

        var entities = Verifiers.BackstageCatalog.Parse(File.ReadAllText(Output("catalog-info.yaml")));
        Assert.Equal(expectedType, entities[0].Get("spec", "type"));
        Assert.All(entities, entity => Assert.Equal(expectedLifecycle, entity.Get("spec", "lifecycle")));
        Assert.All(entities.Skip(1), entity => Assert.Equal("integration", entity.Get("spec", "type")));
    }

    private (WriteIntegrationManifests Task, RecordingBuildEngine Engine) Task(string assembly, string formats)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteIntegrationManifests
        {
            BuildEngine = engine,
            AssemblyPath = assembly,
            OutputDirectory = Path.Combine(_directory, "out"),
            Formats = formats,
        };
        return (task, engine);
    }

    private string Output(string fileName) => Path.Combine(_directory, "out", fileName);
}
