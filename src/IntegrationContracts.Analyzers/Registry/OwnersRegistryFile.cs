using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using IntegrationContracts.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Registry;

/// <summary>
/// The result of reading <c>integration-owners.json</c>: a registry, or the problem (with its 0-based line) that
/// made it unreadable. A problem means "no registry" for every rule but IC0015, which reports it.
/// </summary>
internal sealed class OwnersRegistryFile
{
    // Each registry text is parsed once, whoever asks first (the model, IC0015, the generator).
    private static readonly ConditionalWeakTable<SourceText, OwnersRegistryFile> Parsed = new();

    private OwnersRegistryFile(OwnersRegistry? registry, string? problem, int line)
    {
        Registry = registry;
        Problem = problem;
        ProblemLine = line;
    }

    public OwnersRegistry? Registry { get; }

    public string? Problem { get; }

    public int ProblemLine { get; }

    public static bool IsRegistry(AdditionalText file) => IsRegistryPath(file.Path);

    /// <summary>Whether a file is an owners registry, by its name (the analyzers' additional files, the code fixes' documents).</summary>
    public static bool IsRegistryPath(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), OwnersRegistry.FileName, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The project's registry, or <see langword="null"/> when it has none or it cannot be read.</summary>
    /// <summary>The project's registry file (the first <c>integration-owners.json</c>), or <see langword="null"/> when it has none.</summary>
    public static OwnersRegistryFile? Find(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsRegistry(file) && file.GetText() is { } text)
            {
                return Read(text);
            }
        }

        return null;
    }

    /// <summary>The registry in <paramref name="text"/>, parsed once per text.</summary>
    public static OwnersRegistryFile Read(SourceText text) => Parsed.GetValue(text, Parse);

    private static OwnersRegistryFile Parse(SourceText text)
    {
        JsonNode root;
        try
        {
            root = JsonLite.Parse(text.ToString());
        }
        catch (JsonSyntaxException exception)
        {
            return Invalid($"{exception.Message} (column {exception.Column + 1})", exception.Line);
        }

        if (root is not JsonObject rootObject)
        {
            return Invalid("The registry must be a JSON object with a \"teams\" array.", root.Line);
        }

        var teamsNode = rootObject.Find("teams");
        if (teamsNode is not JsonArray teamsArray)
        {
            return Invalid("The registry needs a \"teams\" array: { \"teams\": [ { \"name\": \"erp-team\", \"contact\": \"...\" } ] }.", teamsNode?.Line ?? root.Line);
        }

        var teams = new List<RegistryTeam>();
        foreach (var item in teamsArray.Items)
        {
            if (item is not JsonObject team)
            {
                return Invalid("Each entry of \"teams\" must be an object with a \"name\".", item.Line);
            }

            string? name = null, contact = null, onCall = null, runbook = null;
            foreach (var property in team.Properties)
            {
                if (property.Key is not ("name" or "contact" or "onCall" or "runbook"))
                {
                    continue; // Unknown properties are allowed, so teams can keep more data in the same file.
                }

                if (property.Value is not (JsonString or JsonLiteral { Text: "null" }))
                {
                    return Invalid($"\"{property.Key}\" must be a string.", property.Value.Line);
                }

                var value = (property.Value as JsonString)?.Value;
                switch (property.Key)
                {
                    case "name": name = value; break;
                    case "contact": contact = value; break;
                    case "onCall": onCall = value; break;
                    default: runbook = value; break;
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                return Invalid("A team entry has no \"name\".", team.Line);
            }

            teams.Add(new RegistryTeam(name!, contact, onCall, runbook));
        }

        return new OwnersRegistryFile(new OwnersRegistry(teams), null, 0);
    }

    private static OwnersRegistryFile Invalid(string problem, int line) => new(null, problem, line);
}
