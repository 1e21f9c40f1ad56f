using System.CommandLine;
using IntegrationContracts.Cli.Baseline;
using IntegrationContracts.Cli.Commands;
using IntegrationContracts.Cli.Landscape;

namespace IntegrationContracts.Cli;

/// <summary>The commands and their options; each command's work is in its own Run class.</summary>
internal static class CliApp
{
    /// <summary>The command users type: the tool's <c>ToolCommandName</c>.</summary>
    public const string CommandName = "integration-contracts";

    public static int Run(string[] args, CliOutput cli)
    {
        // Named as users type it: a RootCommand takes the executable's name (IntegrationContracts.Cli for the tool's dll).
        var root = new Command(CommandName, "IntegrationContracts landscape tool: merge the manifests of several services, review what a change does to them, gate CI, and baseline an existing codebase's findings.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            Landscape(cli),
            Diff(cli),
            BaselineCommand(cli),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                cli.Error.WriteLine($"error: {error.Message}");
            }

            cli.Error.WriteLine("Run 'integration-contracts --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = cli.Out, Error = cli.Error });
    }

    private static Command Landscape(CliOutput cli)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manifest files (*.manifest.json), built assemblies (.dll, .exe; the embedded manifest is read without loading them), packages (.nupkg packed with IntegrationContractsPackManifest) or folders, searched recursively for manifests and packages.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption(LandscapeRun.Formats, "table", "table (the terminal), markdown (scorecard and Mermaid map), json (docs/landscape.schema.json) or backstage (entities and a Location).");
        var output = OutputOption("The file to write (for backstage: the folder); standard output when left out.");
        var failOn = FailOnOption("Exit with 1 when the landscape has conflicts between services' declarations, integrations that are not ready (gaps), or either or an unowned system (any).");
        var command = new Command("landscape", "Merge manifests across services and repositories and report source-of-truth conflicts, flows not from the master, duplicate names, unowned systems and readiness per team.")
        {
            paths, format, output, failOn,
        };
        command.SetAction(parse => LandscapeRun.Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn), cli));
        return command;
    }

    private static Command Diff(CliOutput cli)
    {
        var before = new Argument<string>("before") { Description = "The landscape before the change: a manifest, assembly, package or folder." };
        var after = new Argument<string>("after") { Description = "The landscape after the change." };
        var format = FormatOption(DiffRun.Formats, "markdown", "markdown (ready to post as a pull-request comment) or json.");
        var output = OutputOption("The file to write; standard output when left out.");
        var failOn = FailOnOption("Exit with 1 when the change adds a conflict (conflicts), loses readiness or adds an integration that is not ready (gaps), or either or a new unowned system (any).");
        var context = new Option<string[]>("--with")
        {
            Description = "The rest of the landscape (other services' manifests, assemblies, packages or folders), the same before and after, so conflicts the change creates with them show.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [],
        };
        var command = new Command("diff", "Show what a change does to the landscape: integrations added and removed, owners changed, retry or alert lost, new conflicts.")
        {
            before, after, format, output, failOn, context,
        };
        command.SetAction(parse => DiffRun.Run([parse.GetValue(before)!], [parse.GetValue(after)!], parse.GetValue(context)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn), cli));
        return command;
    }

    private static Command BaselineCommand(CliOutput cli)
    {
        var sarif = new Option<string?>("--sarif")
        {
            Description = "The SARIF 2.1 log of a build: dotnet build <your.csproj> --no-incremental -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1 (or use --project).",
        };
        var project = new Option<string?>("--project")
        {
            Description = "The project (.csproj) to build and baseline: the command runs dotnet build --no-incremental with a SARIF log of its own, so an up-to-date project works too.",
        };
        var output = OutputOption("The baseline file to write (e.g. IntegrationContracts.Baseline.cs in the project); an existing one is shrunk to the findings still present. Standard output when left out.");
        var addNew = new Option<bool>("--add-new") { Description = "Also baseline findings the existing file does not have (otherwise they fail the command)." };
        var date = new Option<string>("--date")
        {
            Description = "The date in each justification (\"baseline yyyy-MM-dd\"); today when left out.",
            DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var command = new Command("baseline", "Write a suppression file for a build's IntegrationContracts findings, so a legacy codebase can turn strict mode on and fail only on new gaps.")
        {
            project, sarif, output, addNew, date,
        };
        command.SetAction(parse => BaselineRun.Run(parse.GetValue(sarif), parse.GetValue(project), parse.GetValue(output), parse.GetValue(addNew), parse.GetValue(date)!, cli));
        return command;
    }

    private static Option<string> FormatOption(string[] formats, string defaultFormat, string description)
    {
        var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => defaultFormat };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> OutputOption(string description) => new("--output", "-o") { Description = description };

    private static Option<string?> FailOnOption(string description)
    {
        var option = new Option<string?>("--fail-on") { Description = description + " Exit codes: 0 clean, 1 gate failed, 2 bad input." };
        option.AcceptOnlyFromAmong(Gate.Names);
        return option;
    }
}
