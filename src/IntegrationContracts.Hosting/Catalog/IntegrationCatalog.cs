using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The integrations an application runs, read once at start-up from the manifests its assemblies carry (the generated
/// <c>IntegrationManifest</c>'s own source, <see cref="EmbeddedManifest"/>): lookups by name, by type and by typed
/// client name are dictionary reads afterwards, never reflection over attributes per call.
/// </summary>
public sealed class IntegrationCatalog
{
    private readonly Dictionary<string, IntegrationDescriptor> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, IntegrationDescriptor> _byType = new();
    private readonly Dictionary<string, List<IntegrationDescriptor>> _byTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    private IntegrationCatalog(IReadOnlyList<Assembly> searched, IReadOnlyList<Assembly> withManifest, IEnumerable<IntegrationDescriptor> descriptors)
    {
        Searched = searched;
        AssembliesWithManifest = withManifest;
        foreach (var descriptor in descriptors)
        {
            if (!_byName.TryAdd(descriptor.Name, descriptor))
            {
                // IC0006 at build time; at run time the name cannot say which one is meant, so it serves neither.
                _problems[descriptor.Name] = $"two integrations are named '{descriptor.Name}' ({_byName[descriptor.Name].TypeName} and {descriptor.TypeName}): a contract applied by name cannot tell them apart (IC0006).";
                continue;
            }

            if (ContractValues.Problem(descriptor) is { } problem)
            {
                _problems[descriptor.Name] = problem;
            }

            if (descriptor.IntegrationType is { } type && descriptor.MemberName is null)
            {
                _byType[type] = descriptor;
            }

            var shortName = ShortName(descriptor.TypeName);
            if (!_byTypeName.TryGetValue(shortName, out var sameName))
            {
                _byTypeName[shortName] = sameName = new List<IntegrationDescriptor>();
            }

            sameName.Add(descriptor);
        }
    }

    /// <summary>The assemblies whose manifests were read.</summary>
    public IReadOnlyList<Assembly> Searched { get; }

    /// <summary>The searched assemblies that carry a manifest.</summary>
    public IReadOnlyList<Assembly> AssembliesWithManifest { get; }

    /// <summary>Every integration, ordered by name.</summary>
    public IEnumerable<IntegrationDescriptor> All => _byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal);

    /// <summary>
    /// Reads the manifests of <paramref name="assemblies"/>. A contract that cannot run (a name used twice, an invalid
    /// retry, a hook that cannot be loaded) is kept with its problem: applying it fails (<see cref="ThrowIfCannotRun"/>),
    /// while the application's other integrations run.
    /// </summary>
    public static IntegrationCatalog From(IEnumerable<Assembly> assemblies)
    {
        var searched = assemblies.Distinct().ToList();
        var withManifest = searched.Where(a => EmbeddedManifest.Json(a) is not null).ToList();
        return new IntegrationCatalog(searched, withManifest, withManifest.SelectMany(EmbeddedManifest.Descriptors));
    }

    /// <summary>Throws when the integration's contract cannot run, saying why; called wherever a contract is applied.</summary>
    /// <exception cref="IntegrationContractException">A name used twice, an invalid retry, or a hook that cannot be loaded.</exception>
    public void ThrowIfCannotRun(IntegrationDescriptor descriptor)
    {
        if (_problems.TryGetValue(descriptor.Name, out var problem))
        {
            throw new IntegrationContractException(descriptor.Name, problem);
        }
    }

    /// <summary>A catalog of descriptors made by hand (the benchmarks); applications read theirs from manifests (<see cref="From"/>).</summary>
    internal static IntegrationCatalog Of(IReadOnlyList<IntegrationDescriptor> descriptors) =>
        new(Array.Empty<Assembly>(), new[] { typeof(IntegrationCatalog).Assembly }, descriptors);

    /// <summary>The integration with this name (ordinal), or <see langword="null"/>.</summary>
    public IntegrationDescriptor? Find(string name) => _byName.TryGetValue(name, out var descriptor) ? descriptor : null;

    /// <summary>The integration a type declares as a whole (<c>[Integration]</c> on the class), or <see langword="null"/>.</summary>
    public IntegrationDescriptor? Find(Type type) =>
        _byType.TryGetValue(type.IsGenericType ? type.GetGenericTypeDefinition() : type, out var descriptor) ? descriptor : null;

    /// <summary>The integration with this name.</summary>
    /// <exception cref="IntegrationContractException">No integration has this name; the message says what the catalog knows.</exception>
    public IntegrationDescriptor Get(string name) => Find(name) ?? throw UnknownName(name);

    /// <summary>The integration a type declares.</summary>
    /// <exception cref="IntegrationContractException">The type declares no integration.</exception>
    public IntegrationDescriptor Get(Type type) => Find(type) ?? throw UnknownType(type);

    internal IntegrationContractException UnknownName(string name) => Unknown(name, $"integration '{name}'");

    internal IntegrationContractException UnknownType(Type type) =>
        Unknown(type.FullName ?? type.Name, $"an integration declared by {type.FullName} ([Integration] on the class)");

    /// <summary>
    /// The integration an HttpClient registration names: <c>AddHttpClient&lt;ShopOrderImport&gt;()</c> is named after the
    /// type's short name, <c>AddHttpClient("shop-orders-to-erp")</c> after the integration.
    /// </summary>
    /// <exception cref="IntegrationContractException">No integration, or more than one, matches the client's name.</exception>
    public IntegrationDescriptor ForHttpClient(string clientName)
    {
        if (Find(clientName) is { } byName)
        {
            return byName;
        }

        if (_byTypeName.TryGetValue(clientName, out var sameName))
        {
            var whole = sameName.Where(d => d.MemberName is null).ToList();
            if (whole.Count == 1)
            {
                return whole[0];
            }

            throw new IntegrationContractException(clientName,
                $"the HttpClient '{clientName}' matches {sameName.Count} integrations ({string.Join(", ", sameName.Select(d => d.Name))}); name the one it serves: AddIntegrationContract(\"{sameName[0].Name}\").");
        }

        throw Unknown(clientName, $"an integration for the HttpClient '{clientName}'");
    }

    private IntegrationContractException Unknown(string subject, string what)
    {
        if (AssembliesWithManifest.Count == 0)
        {
            return new IntegrationContractException(subject, NoManifestMessage(Searched) + " So " + what + " is not known.");
        }

        var known = _byName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
        return new IntegrationContractException(subject,
            $"{what} is not in the manifests of {string.Join(", ", AssembliesWithManifest.Select(a => a.GetName().Name))}. Known integrations: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
    }

    /// <summary>The one message for "no manifest": which assemblies were searched and how a manifest gets there.</summary>
    internal static string NoManifestMessage(IReadOnlyList<Assembly> searched) =>
        $"No IntegrationContracts manifest was found in {(searched.Count == 0 ? "any assembly" : string.Join(", ", searched.Select(a => a.GetName().Name)))}: "
        + "reference the IntegrationContracts package in the project that declares the integrations, keep IntegrationContractsEmbedManifest=full (not 'none'), "
        + "and pass that assembly to AddIntegrationContracts(typeof(SomeIntegration).Assembly) when it is not the entry assembly or one it references.";

    private static string ShortName(string typeName)
    {
        var dot = typeName.LastIndexOfAny(new[] { '.', '+' });
        var name = dot < 0 ? typeName : typeName.Substring(dot + 1);
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
