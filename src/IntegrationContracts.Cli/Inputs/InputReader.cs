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

    public static InputSet Read(IReadOnlyList<string> paths, CliOutput output)
    {
        var (files, missing) = ManifestFiles.Expand(paths);
        var manifests = new List<ManifestInput>();
        var problems = new List<InputProblem>(missing);

        void ReadOne(string file)
        {
            var (read, problem) = ManifestFiles.Read(file);
            foreach (var manifest in read)
            {
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

        return new InputSet(manifests, problems);
    }
}
