using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using IntegrationContracts.Shared;

namespace IntegrationContracts
{
    /// <summary>
    /// Reads the ownership manifest the IntegrationContracts generator embedded in an assembly
    /// (<c>[assembly: AssemblyMetadata("IntegrationContracts.Manifest.json", ...)]</c>). The generated
    /// <c>IntegrationManifest</c> class answers from here; hosts can read any loaded assembly's manifest the same way.
    /// Parsed once per assembly.
    /// </summary>
    public static class EmbeddedManifest
    {
        /// <summary>The <c>AssemblyMetadata</c> key the manifest is embedded under.</summary>
        public const string MetadataKey = ManifestChannel.JsonMetadataKey;

        private static readonly ConditionalWeakTable<Assembly, Parsed> Cache = new ConditionalWeakTable<Assembly, Parsed>();

        /// <summary>The embedded manifest JSON, or <see langword="null"/> when the assembly carries none.</summary>
        public static string? Json(Assembly assembly) => Get(assembly).Json;

        /// <summary>Every integration of the assembly, ordered by name; empty when it carries no manifest.</summary>
        /// <exception cref="FormatException">The embedded manifest cannot be read.</exception>
        public static IReadOnlyList<IntegrationDescriptor> Descriptors(Assembly assembly) => Get(assembly).Descriptors;

        /// <summary>The integration with this name (compared ordinally), or <see langword="null"/>.</summary>
        public static IntegrationDescriptor? FindByName(Assembly assembly, string name)
        {
            foreach (var descriptor in Descriptors(assembly))
            {
                if (string.Equals(descriptor.Name, name, StringComparison.Ordinal))
                {
                    return descriptor;
                }
            }

            return null;
        }

        /// <summary>The integrations a type declares (the type itself and its integration methods); generic types match by definition.</summary>
        public static IReadOnlyList<IntegrationDescriptor> FindByType(Assembly assembly, Type type)
        {
            if (type is null)
            {
                throw new ArgumentNullException(nameof(type));
            }

            var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            var found = new List<IntegrationDescriptor>();
            foreach (var descriptor in Descriptors(assembly))
            {
                if (descriptor.IntegrationType == definition)
                {
                    found.Add(descriptor);
                }
            }

            return found;
        }

        private static Parsed Get(Assembly assembly)
        {
            if (assembly is null)
            {
                throw new ArgumentNullException(nameof(assembly));
            }

            return Cache.GetValue(assembly, a => new Parsed(a));
        }

        private sealed class Parsed
        {
            private readonly Lazy<IReadOnlyList<IntegrationDescriptor>> _descriptors;

            public Parsed(Assembly assembly)
            {
                foreach (var attribute in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
                {
                    if (attribute.Key == MetadataKey)
                    {
                        Json = attribute.Value;
                        break;
                    }
                }

                _descriptors = new Lazy<IReadOnlyList<IntegrationDescriptor>>(() => Json is null
                    ? Array.Empty<IntegrationDescriptor>()
                    : ManifestDescriptors.Read(Json, assembly));
            }

            public string? Json { get; }

            public IReadOnlyList<IntegrationDescriptor> Descriptors => _descriptors.Value;
        }
    }

    /// <summary>Turns the manifest JSON into descriptors; types are found by their <c>runtimeType</c> names.</summary>
    internal static class ManifestDescriptors
    {
        public static IReadOnlyList<IntegrationDescriptor> Read(string json, Assembly assembly)
        {
            JsonNode root;
            try
            {
                root = JsonLite.Parse(json);
            }
            catch (JsonSyntaxException exception)
            {
                throw new FormatException("The embedded IntegrationContracts manifest is not valid JSON: " + exception.Message, exception);
            }

            var descriptors = new List<IntegrationDescriptor>();
            if (Find(root, "integrations") is JsonArray integrations)
            {
                foreach (var item in integrations.Items)
                {
                    descriptors.Add(Read(item, assembly));
                }
            }

            return descriptors;
        }

        private static IntegrationDescriptor Read(JsonNode integration, Assembly assembly)
        {
            var objects = new List<string>();
            if (Find(integration, "objects") is JsonArray carried)
            {
                foreach (var item in carried.Items)
                {
                    if (String(item, "type") is { } type)
                    {
                        objects.Add(type);
                    }
                }
            }

            var hooks = new List<AlertHookDescriptor>();
            if (Find(integration, "alertHooks") is JsonArray alertHooks)
            {
                foreach (var hook in alertHooks.Items)
                {
                    hooks.Add(new AlertHookDescriptor(
                        String(hook, "type") ?? string.Empty,
                        TypeOf(String(hook, "runtimeType"), assembly),
                        String(hook, "audience") == "business" ? AlertAudience.Business : AlertAudience.Technical));
                }
            }

            var owner = Find(integration, "owner");
            return new IntegrationDescriptor(
                String(integration, "name") ?? string.Empty,
                String(integration, "type") ?? string.Empty,
                String(integration, "member"),
                TypeOf(String(integration, "runtimeType"), assembly),
                String(integration, "source"),
                String(integration, "target"),
                String(integration, "process"),
                String(integration, "description"),
                objects,
                String(owner, "team"),
                String(owner, "contact"),
                String(owner, "onCall"),
                String(owner, "runbook"),
                Retry(Find(integration, "retry")),
                hooks);
        }

        /// <summary>The declared retry contract; retry recognised in code (<c>declaredOn: code</c>) has none to describe.</summary>
        private static RetryDescriptor? Retry(JsonNode? retry)
        {
            if (retry is not JsonObject || String(retry, "declaredOn") == "code")
            {
                return null;
            }

            var maxAttempts = Find(retry, "maxAttempts") is JsonLiteral literal
                && int.TryParse(literal.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempts) ? attempts : 0;
            var backoff = String(retry, "backoff") switch
            {
                "fixed" => RetryBackoff.Fixed,
                "linear" => RetryBackoff.Linear,
                _ => RetryBackoff.Exponential,
            };
            return new RetryDescriptor(maxAttempts, backoff, String(retry, "deadLetter"), String(retry, "noRetryJustification"));
        }

        /// <summary>
        /// A type by its assembly-qualified name: from the manifest's own assembly first (private types included), else
        /// through <see cref="Type.GetType(string, bool)"/>; <see langword="null"/> when it cannot be found.
        /// </summary>
        private static Type? TypeOf(string? runtimeName, Assembly assembly)
        {
            if (runtimeName is null)
            {
                return null;
            }

            var comma = runtimeName.LastIndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && runtimeName.Substring(comma + 2) == assembly.GetName().Name)
            {
                return assembly.GetType(runtimeName.Substring(0, comma), throwOnError: false);
            }

            try
            {
                return Type.GetType(runtimeName, throwOnError: false);
            }
            catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException or ArgumentException)
            {
                return null; // an assembly that cannot be loaded: the descriptor still names the type
            }
        }

        private static JsonNode? Find(JsonNode? node, string name) => (node as JsonObject)?.Find(name);

        private static string? String(JsonNode? node, string name) => (Find(node, name) as JsonString)?.Value;
    }
}
