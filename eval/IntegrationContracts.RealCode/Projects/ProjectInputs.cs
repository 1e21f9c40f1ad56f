using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IntegrationContracts.RealCode.Projects;

/// <summary>What csc would get for one project: its sources, resolved references, global usings and options.</summary>
internal sealed record ProjectInputs(
    string ProjectPath,
    string AssemblyName,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> References,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<GlobalUsing> Usings,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> Problems)
{
    public string Property(string name) => Properties.TryGetValue(name, out var value) ? value : "";
}

internal sealed record GlobalUsing(string Namespace, string Alias, bool Static);

/// <summary>
/// Asks MSBuild (a restore, then the ResolveReferences target as a design-time build does) for a
/// project's compiler inputs, without building it or its project references. Answers are cached in
/// the application's folder (.realcode/), so a second measurement starts at once.
/// </summary>
internal static partial class ProjectQuery
{
    private static readonly string[] PropertyNames =
        ["AssemblyName", "TargetPath", "DefineConstants", "LangVersion", "Nullable", "AllowUnsafeBlocks", "OutputType", "TargetFramework"];

    // Real applications pin package versions the registry here may no longer serve; the next version
    // is taken (NU1603) and may need newer dependencies than the app pins centrally (NU1109, an
    // error). The measurement raises those central pins in a copy of Directory.Packages.props.
    [GeneratedRegex(@"Detected package downgrade: (?<id>\S+) from (?<high>\S+) to centrally defined (?<low>\S+)")]
    private static partial Regex CentralDowngrade();

    public static ProjectInputs Load(string appFolder, string projectPath, TextWriter log)
    {
        var cache = Path.Combine(appFolder, ".realcode", Path.GetRelativePath(appFolder, projectPath).Replace('/', '_') + ".json");
        if (!File.Exists(cache))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
            File.WriteAllText(cache, Query(appFolder, projectPath, log));
        }

        return Parse(projectPath, File.ReadAllText(cache));
    }

    private static string Query(string appFolder, string projectPath, TextWriter log)
    {
        var framework = FirstFramework(projectPath);
        var centralPins = Path.Combine(appFolder, "Directory.Packages.props");
        var raisedPins = Path.Combine(appFolder, ".realcode", "Directory.Packages.props");
        List<string> Settings()
        {
            // Version drift in what the registry serves is not the code's fault: never an error here.
            var settings = new List<string> { "-p:TreatWarningsAsErrors=false", "-p:MSBuildTreatWarningsAsErrors=false", "-p:NoWarn=NU1603%3BNU1605%3BNU1608%3BNU1701%3BNU1901%3BNU1902%3BNU1903%3BNU1904" };
            if (framework is not null)
            {
                settings.Add($"-p:TargetFramework={framework}");
            }

            if (File.Exists(raisedPins))
            {
                settings.Add($"-p:DirectoryPackagesPropsPath={raisedPins}");
            }

            return settings;
        }

        // Restore first, on its own: a package the registry does not serve fails the restore, and the
        // references that did resolve are still what the rest of the code compiles against.
        var restoreProblems = new List<string>();
        for (var attempt = 0; ; attempt++)
        {
            var (exit, output) = Run(["msbuild", projectPath, "-t:Restore", "-nologo", .. Settings()]);
            var downgrades = CentralDowngrade().Matches(output).Select(m => (m.Groups["id"].Value, m.Groups["high"].Value)).Distinct().ToList();
            if (exit == 0 || downgrades.Count == 0 || attempt == 5 || !File.Exists(centralPins))
            {
                restoreProblems.AddRange(Errors(output));
                break;
            }

            log.WriteLine($"  {Path.GetFileName(projectPath)}: raising {downgrades.Count} central pin(s) to the versions served: {string.Join(", ", downgrades.Select(d => $"{d.Item1} {d.Item2}"))}");
            RaisePins(File.Exists(raisedPins) ? raisedPins : centralPins, raisedPins, downgrades);
        }

        var (resolved, answer) = Run([
            "msbuild", projectPath, "-nologo", "-t:ResolveReferences",
            "-p:BuildProjectReferences=false", "-p:DesignTimeBuild=true", "-p:EmitAssetsLogMessages=false",
            "-getItem:Compile", "-getItem:ReferencePath", "-getItem:Using", "-getItem:ProjectReference",
            .. PropertyNames.Select(p => "-getProperty:" + p),
            .. Settings(),
        ]);
        if (resolved != 0)
        {
            restoreProblems.AddRange(Errors(answer));
            log.WriteLine($"  {Path.GetFileName(projectPath)}: MSBuild could not resolve its references: {restoreProblems.FirstOrDefault()}");
            return JsonSerializer.Serialize(new { Problems = restoreProblems });
        }

        foreach (var problem in restoreProblems)
        {
            log.WriteLine($"  {Path.GetFileName(projectPath)}: {problem}");
        }

        // MSBuild may print a warning after the JSON answer: read the first JSON value only.
        var start = answer.IndexOf('{');
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(start < 0 ? answer : answer[start..]));
        var json = JsonNode.Parse(ref reader)!.AsObject();
        json["Problems"] = new JsonArray(restoreProblems.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray());
        return json.ToJsonString();
    }

    // NU1101 names a package the registry does not serve: that package's types will not bind.
    private static IEnumerable<string> Errors(string output) =>
        output.Split('\n').Where(l => l.Contains(": error ")).Select(l => Regex.Replace(l.Trim(), @"\s*\[[^\]]*\]$", "")).Distinct();

    private static void RaisePins(string from, string to, IReadOnlyList<(string Id, string Version)> pins)
    {
        var document = XDocument.Load(from);
        foreach (var (id, version) in pins)
        {
            foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "PackageVersion" && string.Equals((string?)e.Attribute("Include"), id, StringComparison.OrdinalIgnoreCase)))
            {
                element.SetAttributeValue("Version", version);
            }

            if (!document.Descendants().Any(e => e.Name.LocalName == "PackageVersion" && string.Equals((string?)e.Attribute("Include"), id, StringComparison.OrdinalIgnoreCase)))
            {
                document.Root!.Add(new XElement("ItemGroup", new XElement("PackageVersion", new XAttribute("Include", id), new XAttribute("Version", version))));
            }
        }

        // The copy lives in .realcode/: imports relative to the original must still resolve.
        foreach (var import in document.Descendants().Where(e => e.Name.LocalName == "Import"))
        {
            var project = (string?)import.Attribute("Project");
            if (project is not null && !project.Contains("$(") && !Path.IsPathRooted(project))
            {
                import.SetAttributeValue("Project", Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from))!, project)));
            }
        }

        document.Save(to);
    }

    private static string? FirstFramework(string projectPath)
    {
        var (exit, output) = Run(["msbuild", projectPath, "-nologo", "-getProperty:TargetFramework", "-getProperty:TargetFrameworks"]);
        if (exit != 0)
        {
            return null;
        }

        var properties = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        if (properties.GetProperty("TargetFramework").GetString() is { Length: > 0 })
        {
            return null;
        }

        // Multi-targeting: the newest framework, as the IDE shows by default.
        return properties.GetProperty("TargetFrameworks").GetString()?.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()).LastOrDefault();
    }

    private static (int Exit, string Output) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static ProjectInputs Parse(string projectPath, string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var problems = root.GetProperty("Problems").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
        if (!root.TryGetProperty("Properties", out _))
        {
            return new ProjectInputs(projectPath, Path.GetFileNameWithoutExtension(projectPath), [], [], [], [], new Dictionary<string, string>(), problems);
        }

        var properties = root.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        var items = root.GetProperty("Items");
        IEnumerable<JsonElement> Items(string name) => items.TryGetProperty(name, out var list) ? list.EnumerateArray() : [];
        string Meta(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

        var sources = Items("Compile").Select(i => Meta(i, "FullPath")).Where(p => p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && File.Exists(p)).Distinct().ToList();
        var references = Items("ReferencePath")
            .Where(i => Meta(i, "ReferenceSourceTarget") != "ProjectReference")
            .Select(i => Meta(i, "FullPath"))
            .Where(File.Exists)
            .Distinct()
            .ToList();
        var projectReferences = Items("ProjectReference").Select(i => Meta(i, "FullPath")).Where(File.Exists).Distinct().ToList();
        var usings = Items("Using").Select(i => new GlobalUsing(Meta(i, "Identity"), Meta(i, "Alias"), Meta(i, "Static") == "true")).ToList();
        return new ProjectInputs(projectPath, properties.GetValueOrDefault("AssemblyName") ?? Path.GetFileNameWithoutExtension(projectPath), sources, references, projectReferences, usings, properties, problems);
    }
}
