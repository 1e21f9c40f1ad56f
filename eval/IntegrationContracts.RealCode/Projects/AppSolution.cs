using IntegrationContracts.RealCode.Labels;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.RealCode.Projects;

/// <summary>One compiled project: its MSBuild inputs and the compilation built from them.</summary>
internal sealed record ProjectCompilation(ProjectInputs Inputs, CSharpCompilation Compilation);

/// <summary>
/// An application's projects (the listed ones and every project they reference), compiled in
/// memory with the references MSBuild resolved. Project references become compilation references,
/// or — as built (<c>--as-built</c>) — assemblies built with the IntegrationContracts generator, so
/// each carries its embedded manifest and exports, as a real build with the package hands them on.
/// </summary>
internal sealed class AppSolution
{
    private static readonly Dictionary<string, MetadataReference> FileReferences = new(StringComparer.Ordinal);
    private static readonly MetadataReference ContractsLibrary = MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location);

    private AppSolution(string folder, IReadOnlyList<ProjectCompilation> projects, bool asBuilt)
    {
        Folder = folder;
        Projects = projects;
        AsBuilt = asBuilt;
    }

    /// <summary>Whether referenced projects are seen as built assemblies with their manifests.</summary>
    public bool AsBuilt { get; }

    /// <summary>Referenced projects that could not be emitted (compiler errors), so were referenced as compilations with their generated manifest.</summary>
    public int NotEmitted { get; private init; }

    public string Folder { get; }

    /// <summary>Referenced projects come before the projects that reference them.</summary>
    public IReadOnlyList<ProjectCompilation> Projects { get; }

    public static AppSolution Load(AppEntry app, string folder, TextWriter log, bool asBuilt = false)
    {
        var inputs = new Dictionary<string, ProjectInputs>(StringComparer.Ordinal);
        var order = new List<string>();
        void Visit(string path)
        {
            if (inputs.ContainsKey(path))
            {
                return;
            }

            var project = ProjectQuery.Load(folder, path, log);
            inputs[path] = project;
            foreach (var reference in project.ProjectReferences)
            {
                Visit(reference);
            }

            order.Add(path);
        }

        foreach (var project in app.Projects)
        {
            var path = Path.GetFullPath(Path.Combine(folder, project));
            if (!File.Exists(path))
            {
                throw new LabelFileException($"apps.tsv: {app.Name} lists {project}, which is not in {folder}.");
            }

            Visit(path);
        }

        var (projects, notEmitted) = Compile(order.Select(p => inputs[p]).ToList(), Parse, asBuilt);
        return new AppSolution(folder, projects, asBuilt) { NotEmitted = notEmitted };
    }

    /// <summary>The same projects with some syntax trees replaced (null keeps a tree), re-linked.</summary>
    public AppSolution Rewrite(Func<ProjectCompilation, SyntaxTree, SyntaxTree?> rewrite)
    {
        var plain = Projects.ToDictionary(p => p.Inputs.ProjectPath);
        var (projects, notEmitted) = Compile(
            Projects.Select(p => p.Inputs).ToList(),
            inputs => plain[inputs.ProjectPath].Compilation.SyntaxTrees.Select(t => rewrite(plain[inputs.ProjectPath], t) ?? t).ToList(),
            AsBuilt);
        return new(Folder, projects, AsBuilt) { NotEmitted = notEmitted };
    }

    private static List<SyntaxTree> Parse(ProjectInputs project)
    {
        var parseOptions = ParseOptions(project);
        var trees = project.Sources.AsParallel().AsOrdered()
            .Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), parseOptions, path))
            .ToList();
        trees.Add(CSharpSyntaxTree.ParseText(GlobalUsings(project), parseOptions, Path.Combine(Path.GetDirectoryName(project.ProjectPath)!, "obj", "GlobalUsings.g.cs")));
        return trees;
    }

    private static (List<ProjectCompilation> Projects, int NotEmitted) Compile(IReadOnlyList<ProjectInputs> ordered, Func<ProjectInputs, List<SyntaxTree>> treesOf, bool asBuilt)
    {
        var handedOn = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        var result = new List<ProjectCompilation>();
        var notEmitted = 0;
        foreach (var project in ordered)
        {
            var references = project.References.Select(FileReference)
                .Concat(project.ProjectReferences.Where(handedOn.ContainsKey).Select(p => handedOn[p]))
                .Append(ContractsLibrary)
                .ToList();

            var compilation = CSharpCompilation.Create(project.AssemblyName, treesOf(project), references, CompilationOptions(project));
            result.Add(new ProjectCompilation(project, compilation));
            if (!asBuilt)
            {
                handedOn[project.ProjectPath] = compilation.ToMetadataReference();
                continue;
            }

            var (built, emitted) = BuiltProject.Reference(compilation, project);
            handedOn[project.ProjectPath] = built;
            notEmitted += emitted ? 0 : 1;
        }

        return (result, notEmitted);
    }

    private static MetadataReference FileReference(string path)
    {
        lock (FileReferences)
        {
            if (!FileReferences.TryGetValue(path, out var reference))
            {
                FileReferences[path] = reference = MetadataReference.CreateFromFile(path);
            }

            return reference;
        }
    }

    private static CSharpParseOptions ParseOptions(ProjectInputs project)
    {
        var version = LanguageVersionFacts.TryParse(project.Property("LangVersion"), out var parsed) ? parsed : LanguageVersion.Latest;
        var symbols = project.Property("DefineConstants").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CSharpParseOptions(version, DocumentationMode.Parse, SourceCodeKind.Regular, symbols);
    }

    private static CSharpCompilationOptions CompilationOptions(ProjectInputs project)
    {
        var kind = project.Property("OutputType").ToLowerInvariant() switch
        {
            "exe" => OutputKind.ConsoleApplication,
            "winexe" => OutputKind.WindowsApplication,
            _ => OutputKind.DynamicallyLinkedLibrary,
        };
        var nullable = project.Property("Nullable").ToLowerInvariant() switch
        {
            "enable" => NullableContextOptions.Enable,
            "warnings" => NullableContextOptions.Warnings,
            "annotations" => NullableContextOptions.Annotations,
            _ => NullableContextOptions.Disable,
        };
        return new CSharpCompilationOptions(kind, nullableContextOptions: nullable, allowUnsafe: project.Property("AllowUnsafeBlocks") == "true");
    }

    private static string GlobalUsings(ProjectInputs project) =>
        string.Concat(project.Usings.Select(u =>
            u.Static ? $"global using static global::{u.Namespace};\n"
            : u.Alias.Length > 0 ? $"global using {u.Alias} = global::{u.Namespace};\n"
            : $"global using global::{u.Namespace};\n"));
}
