using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using IntegrationContracts.Shared;
using IntegrationContracts.Shared.Manifest;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Exports;

/// <summary>
/// What the compilation's referenced assemblies export through their embedded manifests (<see cref="ManifestExports"/>),
/// gathered once per compilation. Only assemblies that reference IntegrationContracts are looked at; each one's manifest
/// is parsed once per module version (MVID) for the whole process, so a build of many projects, or an IDE session of
/// many edits, reads each referenced manifest once. An assembly whose manifest cannot be read is skipped and listed in
/// <see cref="Problems"/> (IC0017 names it): its exports are then absent, never guessed.
/// </summary>
internal sealed class ReferencedManifests
{
    public static readonly ReferencedManifests None = new(ImmutableArray<ImportedAssembly>.Empty, ImmutableArray<UnreadableManifest>.Empty);

    private const int CacheLimit = 512;
    private static readonly ConditionalWeakTable<Compilation, ReferencedManifests> PerCompilation = new();
    private static readonly ConcurrentDictionary<Guid, Parsed> ByModuleVersion = new();

    private readonly Dictionary<string, List<ImportedType>> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedDefaults> _defaults = new(StringComparer.Ordinal);

    private ReferencedManifests(ImmutableArray<ImportedAssembly> assemblies, ImmutableArray<UnreadableManifest> problems)
    {
        Problems = problems;
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.Exports.Types)
            {
                if (!_types.TryGetValue(type.Type, out var list))
                {
                    _types[type.Type] = list = new List<ImportedType>();
                }

                list.Add(new ImportedType(assembly.Name, type));
            }

            foreach (var defaults in assembly.Exports.HttpClientDefaults)
            {
                if (!_defaults.ContainsKey(defaults.Method))
                {
                    _defaults.Add(defaults.Method, new ImportedDefaults(assembly.Name, defaults));
                }
            }
        }

        DefaultsMethodNames = _defaults.Keys.Select(SimpleName).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>Referenced assemblies whose manifest is there but cannot be read, with the reason.</summary>
    public ImmutableArray<UnreadableManifest> Problems { get; }

    /// <summary>The simple names of the exported HttpClient defaults methods: a syntactic filter for their calls.</summary>
    public ImmutableHashSet<string> DefaultsMethodNames { get; }

    public bool HasTypes => _types.Count > 0;

    public static ReferencedManifests Of(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => Read(c));

    /// <summary>What referenced assemblies export about the type (by its fully qualified metadata-style name), or empty.</summary>
    public IReadOnlyList<ImportedType> Type(INamedTypeSymbol type) =>
        _types.Count > 0 && _types.TryGetValue(NameOf(type), out var found) ? found : Array.Empty<ImportedType>();

    /// <summary>The exported HttpClient defaults method the call targets, or <see langword="null"/>.</summary>
    public ImportedDefaults? Defaults(IMethodSymbol method) =>
        _defaults.Count > 0 && method.ContainingType is { } type && _defaults.TryGetValue(NameOf(type) + "." + method.Name, out var found) ? found : null;

    /// <summary>How exports name a type: namespace and containing types, generic definitions without arguments (<c>Shop.IBus`1</c> is <c>Shop.IBus</c>).</summary>
    public static string NameOf(INamedTypeSymbol type) => type.OriginalDefinition.ToDisplayString(ExportFormat);

    private static readonly SymbolDisplayFormat ExportFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private static string SimpleName(string method) => method.Substring(method.LastIndexOf('.') + 1);

    private static ReferencedManifests Read(Compilation compilation)
    {
        var assemblies = ImmutableArray.CreateBuilder<ImportedAssembly>();
        var problems = ImmutableArray.CreateBuilder<UnreadableManifest>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!ReferencesContracts(assembly) || EmbeddedJson(assembly) is not { } json)
            {
                continue;
            }

            var parsed = Parse(compilation, assembly, json);
            if (parsed.Problem is { } problem)
            {
                problems.Add(new UnreadableManifest(assembly.Identity.Name, problem));
            }
            else if (parsed.Exports is { } exports && (exports.Types.Count > 0 || exports.HttpClientDefaults.Count > 0))
            {
                assemblies.Add(new ImportedAssembly(assembly.Identity.Name, exports));
            }
        }

        return assemblies.Count == 0 && problems.Count == 0 ? None : new ReferencedManifests(assemblies.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Whether the assembly carries a manifest: one that declares or exports something (not IntegrationContracts.Hosting, say).</summary>
    public static bool CarriesManifest(IAssemblySymbol assembly) => ReferencesContracts(assembly) && EmbeddedJson(assembly) is not null;

    /// <summary>Only an assembly compiled against IntegrationContracts can carry a manifest: the framework's hundreds are skipped unread.</summary>
    public static bool ReferencesContracts(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == "IntegrationContracts")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? EmbeddedJson(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute" }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string key
                && key == ManifestChannel.JsonMetadataKey)
            {
                return attribute.ConstructorArguments[1].Value as string ?? string.Empty;
            }
        }

        return null;
    }

    private static Parsed Parse(Compilation compilation, IAssemblySymbol assembly, string json)
    {
        var version = ModuleVersion(compilation, assembly);
        if (version is { } mvid && ByModuleVersion.TryGetValue(mvid, out var cached))
        {
            return cached;
        }

        Parsed parsed;
        try
        {
            parsed = new Parsed(ManifestExportsReader.Read(json), null);
        }
        catch (FormatException exception)
        {
            parsed = new Parsed(null, exception.Message);
        }

        if (version is { } key)
        {
            if (ByModuleVersion.Count >= CacheLimit)
            {
                ByModuleVersion.Clear(); // a long IDE session rebuilds references; old versions are not asked for again
            }

            ByModuleVersion.TryAdd(key, parsed);
        }

        return parsed;
    }

    /// <summary>The MVID of a referenced file; none for a project the IDE references as a compilation (read each time).</summary>
    private static Guid? ModuleVersion(Compilation compilation, IAssemblySymbol assembly)
    {
        try
        {
            return compilation.GetMetadataReference(assembly) is PortableExecutableReference reference
                && reference.GetMetadata() is AssemblyMetadata metadata
                && metadata.GetModules() is { Length: > 0 } modules
                    ? modules[0].GetModuleVersionId()
                    : null;
        }
        catch (Exception exception) when (exception is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private sealed record Parsed(ManifestExports? Exports, string? Problem);

    private sealed record ImportedAssembly(string Name, ManifestExports Exports);
}

/// <summary>An exported type as a dependent sees it: the assembly that exported it and what it said.</summary>
internal sealed record ImportedType(string Assembly, ExportedType Export);

/// <summary>An exported HttpClient defaults method and the assembly that exported it.</summary>
internal sealed record ImportedDefaults(string Assembly, ExportedDefaults Export);

/// <summary>A referenced assembly whose manifest was skipped, and why.</summary>
internal sealed record UnreadableManifest(string Assembly, string Reason);
