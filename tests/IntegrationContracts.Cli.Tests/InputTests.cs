using System.IO.Compression;

namespace IntegrationContracts.Cli.Tests;

public sealed class InputTests
{
    [Fact]
    public void Reads_json_files_assemblies_packages_and_folders_searched_recursively()
    {
        using var temp = new TempFolder();
        new ManifestBuilder("From.Json").Integration("json-flow").WriteTo(Path.Combine(temp.Path, "deep", "er"));
        var dll = AssemblyWithManifest.Write(Path.Combine(temp.Path, "From.Assembly.dll"), new ManifestBuilder("From.Assembly").Integration("assembly-flow").Json());
        var package = Path.Combine(temp.Path, "packages", "From.Package.1.0.0.nupkg");
        Directory.CreateDirectory(Path.GetDirectoryName(package)!);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("integration-contracts/integrations.manifest.json").Open()))
        {
            writer.Write(new ManifestBuilder("From.Package").Integration("package-flow").Json());
        }

        var result = Cli.Run("landscape", temp.Path, dll, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"name\": \"From.Json\"", result.Out);
        Assert.Contains("\"name\": \"From.Assembly\"", result.Out);
        Assert.Contains("\"name\": \"From.Package\"", result.Out);
        Assert.Contains("!integration-contracts/integrations.manifest.json", result.Out);
    }

    [Fact]
    public void Obj_folders_are_not_searched_and_an_assembly_met_twice_is_read_once()
    {
        using var temp = new TempFolder();
        var manifest = new ManifestBuilder("Shop").Integration("orders");
        manifest.WriteTo(Path.Combine(temp.Path, "bin"));
        manifest.WriteTo(Path.Combine(temp.Path, "obj"));
        manifest.WriteTo(Path.Combine(temp.Path, "publish"));

        var result = Cli.Run("landscape", temp.Path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"services\": 1", result.Out);
        Assert.Contains("Shop was already read from", result.Error);
        Assert.DoesNotContain("obj", result.Error);
    }

    [Fact]
    public void Each_bad_input_is_one_line_naming_the_file_and_the_others_are_still_reported()
    {
        using var temp = new TempFolder();
        var good = new ManifestBuilder("Good.Service").Integration("orders").WriteTo(temp.Path);
        var malformed = temp.File("broken.integrations.manifest.json", "{ \"schemaVersion\": 1, ");
        var future = temp.File("future.json", new ManifestBuilder("Future").Json().Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        var notAssembly = temp.File("NotAssembly.dll", "MZ? no, just text");
        var noManifest = AssemblyWithManifest.Write(Path.Combine(temp.Path, "Plain.dll"), null);
        var emptyPackage = Path.Combine(temp.Path, "Empty.1.0.0.nupkg");
        using (ZipFile.Open(emptyPackage, ZipArchiveMode.Create))
        {
        }

        var other = temp.File("readme.txt", "hello");
        var missing = Path.Combine(temp.Path, "missing.json");

        var result = Cli.Run("landscape", good, malformed, future, notAssembly, noManifest, emptyPackage, other, missing, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, errors.Length);
        Assert.Contains(errors, e => e.StartsWith($"error: {malformed}: The manifest is not valid JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"error: {future}: The manifest has schemaVersion 2", StringComparison.Ordinal));
        Assert.Contains($"error: {notAssembly}: not a .NET assembly.", errors);
        Assert.Contains(errors, e => e.StartsWith($"error: {noManifest}: carries no IntegrationContracts manifest", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"error: {emptyPackage}: carries no manifest", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"error: {other}: not a manifest", StringComparison.Ordinal));
        Assert.Contains($"error: {missing}: no such file or folder.", errors);
        Assert.Contains("\"name\": \"Good.Service\"", result.Out);
    }
}
