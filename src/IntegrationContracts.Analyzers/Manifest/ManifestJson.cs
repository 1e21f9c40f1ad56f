using System.Collections.Generic;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Shared;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// Writes the manifest (schemaVersion 1), compact: the copy the assembly carries. The build task writes
/// <c>integrations.manifest.json</c> from it, indented (<see cref="JsonText.Indent"/>). The input is already in manifest order.
/// </summary>
internal static class ManifestJson
{
    public const int SchemaVersion = ManifestChannel.SchemaVersion;

    public static string Write(ManifestTarget target, IReadOnlyList<IntegrationModel> integrations, IReadOnlyList<SourceOfTruthModel> sourcesOfTruth, Exports.ExportFacts exports)
    {
        var json = new JsonWriter(indented: false);
        json.StartObject();
        json.Number("schemaVersion", SchemaVersion);
        json.StartObject("generator");
        json.String("name", GeneratorIdentity.Name);
        json.String("version", GeneratorIdentity.Version);
        json.EndObject();
        json.StartObject("assembly");
        json.String("name", target.AssemblyName);
        json.String("version", target.AssemblyVersion);
        json.String("kind", target.Kind);
        json.EndObject();
        json.StartArray("integrations");
        foreach (var integration in integrations)
        {
            WriteIntegration(json, integration);
        }

        json.EndArray();
        json.StartArray("sourcesOfTruth");
        foreach (var declaration in sourcesOfTruth)
        {
            json.StartObject();
            json.String("object", declaration.Object);
            json.String("process", declaration.Process);
            json.String("system", declaration.System);
            json.String("declaredOn", declaration.DeclaredOn);
            json.String("assembly", declaration.Assembly);
            json.EndObject();
        }

        json.EndArray();
        if (!exports.IsEmpty)
        {
            WriteExports(json, exports);
        }

        json.EndObject();
        return json.ToString();
    }

    /// <summary>What compilations that reference this assembly read (<see cref="Exports.ReferencedManifests"/>); left out when there is nothing.</summary>
    private static void WriteExports(JsonWriter json, Exports.ExportFacts exports)
    {
        json.StartObject("exports");
        json.StartArray("types");
        foreach (var type in exports.Types)
        {
            json.StartObject();
            json.String("type", type.Type);
            json.String("implementedBy", type.ImplementedBy);
            json.String("integration", type.Integration);
            WriteRetry(json, "retry", type.Retry);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("httpClientDefaults");
        foreach (var method in exports.HttpClientDefaults)
        {
            json.StartObject();
            json.String("method", method.Method);
            WriteRetry(json, "retry", method.Retry);
            json.EndObject();
        }

        json.EndArray();
        WriteRetry(json, "appliesHttpClientDefaults", exports.AppliedHttpClientDefaults);
        json.StartArray("usesHttpClient");
        foreach (var name in exports.UsesHttpClient)
        {
            json.String(name);
        }

        json.EndArray();
        json.StartArray("loads");
        foreach (var name in exports.Loads)
        {
            json.String(name);
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteRetry(JsonWriter json, string name, Shared.Manifest.ExportedRetry? retry)
    {
        if (retry is null)
        {
            json.Null(name);
            return;
        }

        json.StartObject(name);
        json.String("kind", retry.Kind);
        json.String("description", retry.Description);
        json.EndObject();
    }

    private static void WriteEvidence(JsonWriter json, string name, RetryEvidence evidence)
    {
        json.StartObject(name);
        json.String("kind", evidence.KindName);
        json.String("description", evidence.Description);
        json.String("file", evidence.File);
        json.Number("line", evidence.File is null ? null : evidence.Line);
        json.EndObject();
    }

    private static void WriteIntegration(JsonWriter json, IntegrationModel integration)
    {
        json.StartObject();
        json.String("name", integration.Name);
        json.String("type", integration.TypeName);
        json.String("runtimeType", integration.RuntimeTypeName);
        json.String("member", integration.MemberName);
        json.String("source", integration.Source);
        json.String("target", integration.Target);
        json.String("process", integration.Process);
        json.String("description", integration.Description);
        json.StartArray("objects");
        foreach (var carried in integration.Objects)
        {
            json.StartObject();
            json.String("type", carried.Type);
            json.String("sourceOfTruth", carried.SourceOfTruth);
            json.String("verdict", carried.Verdict.JsonName());
            json.EndObject();
        }

        json.EndArray();

        if (integration.Owner is { } owner)
        {
            json.StartObject("owner");
            json.String("team", owner.Team);
            json.String("contact", owner.Contact);
            json.String("onCall", owner.OnCall);
            json.String("runbook", owner.Runbook);
            json.String("declaredOn", owner.DeclaredOn);
            json.EndObject();
        }
        else
        {
            json.Null("owner");
        }

        if (integration.Retry is { } retry)
        {
            json.StartObject("retry");
            json.Boolean("retries", retry.NoRetryJustification is null);
            json.Number("maxAttempts", retry.MaxAttempts);
            json.String("backoff", retry.NoRetryJustification is null ? retry.Backoff : null);
            json.String("deadLetter", retry.DeadLetter);
            json.String("noRetryJustification", retry.NoRetryJustification);
            json.String("declaredOn", retry.DeclaredOn);
            if (integration.Verdicts.RetryAppliedBy is { } appliedBy)
            {
                // The code that retries as declared (IC0018's evidence).
                WriteEvidence(json, "appliedBy", appliedBy);
            }

            json.EndObject();
        }
        else if (integration.Verdicts.RetryEvidence is { } evidence)
        {
            // Retry recognised in code: no attribute values, and the evidence instead.
            json.StartObject("retry");
            json.Boolean("retries", true);
            json.Number("maxAttempts", null);
            json.String("backoff", null);
            json.String("deadLetter", null);
            json.String("noRetryJustification", null);
            json.String("declaredOn", "code");
            WriteEvidence(json, "evidence", evidence);
            json.EndObject();
        }
        else
        {
            json.Null("retry");
        }

        json.StartArray("alertHooks");
        foreach (var hook in integration.AlertHooks)
        {
            json.StartObject();
            json.String("type", hook.TypeName);
            json.String("runtimeType", hook.RuntimeTypeName);
            json.String("audience", hook.Audience);
            json.String("declaredOn", hook.DeclaredOn);
            json.EndObject();
        }

        json.EndArray();

        json.StartObject("readiness");
        foreach (var property in ManifestReadiness.Properties)
        {
            json.Boolean(property.Key, property.Holds(integration));
        }

        json.EndObject();
        json.StartObject("verdicts");
        foreach (var property in ManifestReadiness.Properties)
        {
            json.String(property.Key, property.VerdictOf(integration).JsonName());
        }

        // Not a readiness property (IC0018 is Info): whether code applies the declared retry.
        json.String("retryApplied", integration.Verdicts.RetryApplied.JsonName());
        json.EndObject();
        json.EndObject();
    }
}
