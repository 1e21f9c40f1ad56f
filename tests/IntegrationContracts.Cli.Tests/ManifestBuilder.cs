using IntegrationContracts.Shared;

namespace IntegrationContracts.Cli.Tests;

/// <summary>Writes integrations.manifest.json documents (schemaVersion 1) as the generator does, for one assembly.</summary>
internal sealed class ManifestBuilder(string assembly)
{
    private readonly List<Action<JsonWriter>> integrations = [];
    private readonly List<Action<JsonWriter>> sourcesOfTruth = [];
    private string[] usesHttpClient = [];
    private string[] loads = [];
    private string? appliesDefaults;
    private string? kind;

    /// <summary>The assembly's kind as the generator writes it: application or library (left out: an older manifest).</summary>
    public ManifestBuilder Kind(string assemblyKind)
    {
        kind = assemblyKind;
        return this;
    }

    public string Assembly => assembly;

    public ManifestBuilder Integration(
        string name,
        string? source = "Shop",
        string? target = "ERP",
        string? process = null,
        string? team = "erp-team",
        string[]? objects = null,
        bool retry = true,
        bool alert = true)
    {
        integrations.Add(json =>
        {
            json.StartObject();
            json.String("name", name);
            json.String("type", $"{assembly}.{char.ToUpperInvariant(name[0])}{name[1..].Replace("-", "")}");
            json.String("member", null);
            json.String("source", source);
            json.String("target", target);
            json.String("process", process);
            json.String("description", null);
            json.StartArray("objects");
            foreach (var type in objects ?? [])
            {
                json.StartObject();
                json.String("type", type);
                json.String("sourceOfTruth", null);
                json.String("verdict", "declared");
                json.EndObject();
            }

            json.EndArray();
            if (team is null)
            {
                json.Null("owner");
            }
            else
            {
                json.StartObject("owner");
                json.String("team", team);
                json.String("contact", $"{team}@contoso.example");
                json.String("onCall", null);
                json.String("runbook", null);
                json.String("declaredOn", "type");
                json.EndObject();
            }

            var verdicts = new (string Key, string Verdict)[]
            {
                ("owner", team is null ? "missing" : "declared"),
                ("supportPath", team is null ? "notApplicable" : "declared"),
                ("retry", retry ? "declared" : "missing"),
                ("alert", alert ? "declared" : "missing"),
                ("sourceOfTruth", objects is { Length: > 0 } ? "declared" : "notApplicable"),
            };
            json.StartObject("readiness");
            foreach (var (key, verdict) in verdicts)
            {
                json.Boolean(key, verdict is "declared" or "notApplicable");
            }

            json.EndObject();
            json.StartObject("verdicts");
            foreach (var (key, verdict) in verdicts)
            {
                json.String(key, verdict);
            }

            json.EndObject();
            json.EndObject();
        });
        return this;
    }

    public ManifestBuilder SourceOfTruth(string type, string system, string? process = null, string? declaredIn = null)
    {
        sourcesOfTruth.Add(json =>
        {
            json.StartObject();
            json.String("object", type);
            json.String("process", process);
            json.String("system", system);
            json.String("declaredOn", "type");
            json.String("assembly", declaredIn ?? assembly);
            json.EndObject();
        });
        return this;
    }

    /// <summary>The manifest's exports as a library whose integrations call through an HttpClient writes them.</summary>
    public ManifestBuilder UsesHttpClient(params string[] integrationNames)
    {
        usesHttpClient = integrationNames;
        return this;
    }

    /// <summary>The manifest's exports as a host that gives every HttpClient a retry, and runs <paramref name="assemblies"/>, writes them.</summary>
    public ManifestBuilder HostOf(string defaults, params string[] assemblies)
    {
        appliesDefaults = defaults;
        loads = assemblies;
        return this;
    }

    public string Json()
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Number("schemaVersion", 1);
        json.StartObject("generator");
        json.String("name", "IntegrationContracts");
        json.String("version", "0.1.0");
        json.EndObject();
        json.StartObject("assembly");
        json.String("name", assembly);
        json.String("version", "1.0.0.0");
        if (kind is not null)
        {
            json.String("kind", kind);
        }

        json.EndObject();
        json.StartArray("integrations");
        integrations.ForEach(write => write(json));
        json.EndArray();
        json.StartArray("sourcesOfTruth");
        sourcesOfTruth.ForEach(write => write(json));
        json.EndArray();
        if (usesHttpClient.Length > 0 || appliesDefaults is not null)
        {
            json.StartObject("exports");
            json.StartArray("types");
            json.EndArray();
            json.StartArray("httpClientDefaults");
            json.EndArray();
            if (appliesDefaults is null)
            {
                json.Null("appliesHttpClientDefaults");
            }
            else
            {
                json.StartObject("appliesHttpClientDefaults");
                json.String("kind", "httpClientDefaults");
                json.String("description", appliesDefaults);
                json.EndObject();
            }

            json.StartArray("usesHttpClient");
            Array.ForEach(usesHttpClient, json.String);
            json.EndArray();
            json.StartArray("loads");
            Array.ForEach(loads, json.String);
            json.EndArray();
            json.EndObject();
        }

        json.EndObject();
        return json.ToString();
    }

    /// <summary>Writes the manifest as <c>&lt;assembly&gt;.integrations.manifest.json</c> in <paramref name="folder"/>.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, assembly + ".integrations.manifest.json");
        File.WriteAllText(path, Json());
        return path;
    }
}
