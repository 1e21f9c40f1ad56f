// Measures IC0002, IC0010 and IC0011 on real applications against hand-written labels.
// Usage: dotnet run -c Release --project eval/IntegrationContracts.RealCode -- <folder> [--app NAME] [--details] [--configured] [--timing] [--as-built]
// --configured: each application's options.globalconfig (what a team writes once) is applied; without it, none is.
// --as-built: referenced projects are seen as a real build hands them on (built with the generator: embedded manifests
//             and their exports), not as compilations of their source.
// --timing: also prints what each analyzer costs on the applications.
// <folder> holds one sub-folder per application, named as in eval/realcode/apps.tsv (see eval/README.md).
using IntegrationContracts.RealCode.Labels;
using IntegrationContracts.RealCode.Projects;
using IntegrationContracts.RealCode.Scoring;

var arguments = CommandLine.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("usage: IntegrationContracts.RealCode <folder with the extracted applications> [--app NAME] [--details] [--configured] [--timing] [--as-built] [--labels DIR]");
    return 2;
}

LabelSet labels;
try
{
    labels = LabelSet.Load(arguments.LabelsDirectory);
}
catch (LabelFileException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var results = new List<AppResult>();
var timing = arguments.Timing ? new AnalyzerTiming() : null;
foreach (var app in labels.Apps.Where(a => arguments.App is null || a.Name == arguments.App))
{
    var folder = Path.Combine(arguments.SourcesFolder, app.Name);
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"{app.Name}: {folder} does not exist; extract {app.Repository} at {app.Commit} there (eval/README.md).");
        return 2;
    }

    Console.Error.WriteLine($"{app.Name}: loading {app.Projects.Count} project(s) with their references...");
    var solution = AppSolution.Load(app, folder, Console.Error, arguments.AsBuilt);
    if (solution.NotEmitted > 0)
    {
        Console.Error.WriteLine($"{app.Name}: {solution.NotEmitted} referenced project(s) do not emit (compiler errors); referenced as compilations with their generated manifest.");
    }

    if (arguments.Timing)
    {
        ReferencedManifestTiming.Print(app.Name, solution, Console.Out);
    }

    var optionsFile = Path.Combine(arguments.LabelsDirectory, app.Name, TeamOptions.FileName);
    var options = arguments.Configured && File.Exists(optionsFile) ? TeamOptions.Read(optionsFile) : TeamOptions.None;
    results.Add(AppMeasurement.Run(app, solution, labels.For(app.Name), options, timing));
}

Console.Out.WriteLine((arguments.Configured
    ? "With each application's options.globalconfig (what its team would write once)"
    : "Out of the box (no options)") + (arguments.AsBuilt ? ", referenced projects as built (embedded manifests):" : ", referenced projects as compilations:"));
Report.Print(results, Console.Out, arguments.Details);
timing?.Print(Console.Out);
return 0;

internal sealed record CommandLine(string SourcesFolder, string? App, bool Details, string LabelsDirectory, bool Configured, bool Timing, bool AsBuilt)
{
    public static CommandLine? Parse(string[] args)
    {
        string? folder = null, app = null;
        bool details = false, configured = false, timing = false, asBuilt = false;
        var labels = Path.Combine(AppContext.BaseDirectory, "realcode");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--app" when i + 1 < args.Length: app = args[++i]; break;
                case "--labels" when i + 1 < args.Length: labels = args[++i]; break;
                case "--details": details = true; break;
                case "--configured": configured = true; break;
                case "--timing": timing = true; break;
                case "--as-built": asBuilt = true; break;
                case var a when !a.StartsWith("--") && folder is null: folder = a; break;
                default: return null;
            }
        }

        return folder is null ? null : new CommandLine(Path.GetFullPath(folder), app, details, labels, configured, timing, asBuilt);
    }
}
