using Spectre.Console;

namespace IntegrationContracts.Cli.Inputs;

/// <summary>
/// Reads every input of a command, with a progress display when there are many and the terminal is interactive.
/// An assembly met twice (its JSON file next to it, one build per target framework, a package and its build
/// output) is read once: the first input wins and the others are named in a note.
/// </summary>
internal static class InputReader
{
    private const int ProgressThreshold = 10;

    /// <param name="side">What the inputs are for, in the message when they hold no manifest ("the after side").</param>
    public static InputSet Read(IReadOnlyList<string> paths, CliOutput output, string? side = null)
    {
        var (files, missing) = ManifestFiles.Expand(paths);
        var manifests = new List<ManifestInput>();
        var problems = new List<InputProblem>(missing);
        var found = new HashSet<string>(StringComparer.Ordinal);

        void ReadOne(string file)
        {
            var (read, problem) = ManifestFiles.Read(file);
            foreach (var manifest in read)
            {
                found.Add(file);
                var first = manifests.FirstOrDefault(m => string.Equals(m.Document.AssemblyName, manifest.Document.AssemblyName, StringComparison.OrdinalIgnoreCase));
                if (first is null)
                {
                    manifests.Add(manifest);
                }
                else
                {
                    output.Error.WriteLine($"note: {manifest.Origin}: {manifest.Document.AssemblyName} was already read from {first.Origin}; read once.");
                }
            }

            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (files.Count >= ProgressThreshold && output.Console.Profile.Capabilities.Interactive)
        {
            output.Console.Progress().Start(context =>
            {
                var task = context.AddTask("Reading manifests", maxValue: files.Count);
                foreach (var file in files)
                {
                    ReadOne(file);
                    task.Increment(1);
                }
            });
        }
        else
        {
            files.ToList().ForEach(ReadOne);
        }

        // A gate on nothing passes on nothing: an input that holds no manifest is bad input, named, so a wrong artifact
        // path or an empty folder in CI fails instead of reporting "no conflicts".
        foreach (var path in paths.Where(Directory.Exists))
        {
            var full = Path.GetFullPath(path);
            if (!found.Any(file => Path.GetFullPath(file).StartsWith(full, StringComparison.Ordinal)))
            {
                problems.Add(new InputProblem(path, "holds no IntegrationContracts manifest (integrations.manifest.json, or a package carrying one; assemblies are read when named): check the path, and that the build wrote the manifests."));
            }
        }

        if (manifests.Count == 0 && problems.Count == 0)
        {
            problems.Add(new InputProblem(side ?? string.Join(" ", paths), "no manifest found in the inputs."));
        }

        return new InputSet(manifests, problems);
    }
}
