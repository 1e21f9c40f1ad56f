using System.IO.Compression;
using IntegrationContracts.Shared;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Cli.Inputs;

/// <summary>
/// Reads manifests from what users have at hand: <c>*.manifest.json</c> files, built assemblies (the embedded
/// manifest is read from metadata; the assembly is never loaded), <c>.nupkg</c> files packed with
/// <c>IntegrationContractsPackManifest</c>, and folders, searched recursively for the first and the last.
/// One bad input never hides the others: it becomes an <see cref="InputProblem"/>.
/// </summary>
internal static class ManifestFiles
{
    private const string PackageFolder = "integration-contracts/";

    // Folders never searched: build intermediates (obj/ holds copies of what bin/ has), VCS and package caches.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "obj", ".git", "node_modules", ".vs" };

    /// <summary>The files the paths stand for, in a stable order, and the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<InputProblem> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<InputProblem>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Search(path).Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(new InputProblem(path, "no such file or folder."));
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    /// <summary>The manifests in one file (a package may carry several), or why there are none.</summary>
    public static (IReadOnlyList<ManifestInput> Manifests, InputProblem? Problem) Read(string file)
    {
        try
        {
            return Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".json" => ([new ManifestInput(file, ManifestDocumentReader.Read(File.ReadAllText(file)))], null),
                ".dll" or ".exe" => FromAssembly(file),
                ".nupkg" => FromPackage(file),
                _ => ([], new InputProblem(file, "not a manifest (.json), an assembly (.dll, .exe) or a package (.nupkg).")),
            };
        }
        catch (FormatException e)
        {
            return ([], new InputProblem(file, e.Message));
        }
        catch (BadImageFormatException)
        {
            return ([], new InputProblem(file, "not a .NET assembly."));
        }
        catch (InvalidDataException)
        {
            return ([], new InputProblem(file, "not a NuGet package (not a zip archive)."));
        }
        catch (IOException e)
        {
            return ([], new InputProblem(file, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            return ([], new InputProblem(file, e.Message));
        }
    }

    private static IEnumerable<string> Search(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (file.EndsWith("integrations.manifest.json", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Search(sub))
            {
                yield return file;
            }
        }
    }

    private static (IReadOnlyList<ManifestInput>, InputProblem?) FromAssembly(string file) =>
        ManifestSources.FromAssembly(file) is { } json
            ? ([new ManifestInput(file, ManifestDocumentReader.Read(json))], null)
            : ([], new InputProblem(file, "carries no IntegrationContracts manifest (built without the package, or with IntegrationContractsEmbedManifest=none: read its integrations.manifest.json instead)."));

    private static (IReadOnlyList<ManifestInput>, InputProblem?) FromPackage(string file)
    {
        using var archive = ZipFile.OpenRead(file);
        var manifests = new List<ManifestInput>();
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith(PackageFolder, StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith("integrations.manifest.json", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open());
            var origin = $"{file}!{entry.FullName}";
            try
            {
                manifests.Add(new ManifestInput(origin, ManifestDocumentReader.Read(reader.ReadToEnd())));
            }
            catch (FormatException e)
            {
                return (manifests, new InputProblem(origin, e.Message));
            }
        }

        return manifests.Count > 0
            ? (manifests, null)
            : (manifests, new InputProblem(file, "carries no manifest (pack the project with IntegrationContractsPackManifest=true)."));
    }
}
