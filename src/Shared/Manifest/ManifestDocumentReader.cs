using System;
using System.Collections.Generic;
using IntegrationContracts.Shared;
using static IntegrationContracts.Shared.Manifest.JsonFields;

namespace IntegrationContracts.Shared.Manifest;

/// <summary>
/// Reads <c>integrations.manifest.json</c> (schemaVersion 1) into a <see cref="ManifestDocument"/>. Properties it does not
/// know are ignored, as the schema asks of readers; a missing required one, a wrong type or another schema version is
/// a <see cref="FormatException"/> naming what is wrong.
/// </summary>
internal static class ManifestDocumentReader
{
    public const int SchemaVersion = ManifestChannel.SchemaVersion;

    public static ManifestDocument Read(string json)
    {
        var manifest = ManifestRoot(json);

        var generator = AsObject(Get(manifest, "generator"), "generator");
        var assembly = AsObject(Get(manifest, "assembly"), "assembly");
        var integrations = new List<ManifestIntegration>();
        foreach (var item in AsArray(Get(manifest, "integrations"), "integrations"))
        {
            integrations.Add(ReadIntegration(AsObject(item, "an integration")));
        }

        var sourcesOfTruth = new List<ManifestSourceOfTruth>();
        foreach (var item in AsArray(Get(manifest, "sourcesOfTruth"), "sourcesOfTruth"))
        {
            var declaration = AsObject(item, "a source of truth");
            sourcesOfTruth.Add(new ManifestSourceOfTruth(
                Required(declaration, "object"),
                String(declaration, "process"),
                Required(declaration, "system"),
                Required(declaration, "declaredOn"),
                Required(declaration, "assembly")));
        }

        return new ManifestDocument(
            Required(generator, "name"),
            Required(generator, "version"),
            Required(assembly, "name"),
            Required(assembly, "version"),
            integrations,
            sourcesOfTruth)
        {
            Exports = ManifestExportsReader.Of(manifest),
            AssemblyKind = String(assembly, "kind"),
        };
    }

    private static ManifestIntegration ReadIntegration(JsonObject integration)
    {
        var objects = new List<ManifestCarriedObject>();
        foreach (var item in AsArray(Get(integration, "objects"), "objects"))
        {
            var carried = AsObject(item, "a carried object");
            objects.Add(new ManifestCarriedObject(Required(carried, "type"), String(carried, "sourceOfTruth")));
        }

        ManifestOwner? owner = null;
        if (Get(integration, "owner") is JsonObject ownerObject)
        {
            owner = new ManifestOwner(
                String(ownerObject, "team"),
                String(ownerObject, "contact"),
                String(ownerObject, "onCall"),
                String(ownerObject, "runbook"),
                String(ownerObject, "declaredOn"));
        }

        // Verdicts say why; a manifest written before they existed has only the flags.
        var verdicts = integration.Find("verdicts") as JsonObject;
        var readiness = new List<ReadinessVerdict>();
        foreach (var property in AsObject(Get(integration, "readiness"), "readiness").Properties)
        {
            var holds = property.Value is JsonLiteral { Text: "true" };
            var verdict = verdicts is null ? null : String(verdicts, property.Key);
            readiness.Add(new ReadinessVerdict(property.Key, holds, verdict ?? (holds ? "declared" : "missing")));
        }

        return new ManifestIntegration(
            Required(integration, "name"),
            Required(integration, "type"),
            String(integration, "member"),
            String(integration, "source"),
            String(integration, "target"),
            String(integration, "process"),
            String(integration, "description"),
            objects,
            owner,
            readiness);
    }
}
