using System;
using System.Collections.Generic;
using System.Reflection;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The assemblies searched for manifests when the application names none: the entry assembly and every assembly it
/// references, directly or not, that references IntegrationContracts itself (others cannot declare integrations, so they
/// are never loaded for this).
/// </summary>
internal static class ManifestAssemblies
{
    private const string ContractsAssembly = "IntegrationContracts";

    public static IReadOnlyList<Assembly> OfEntryAssembly() =>
        Assembly.GetEntryAssembly() is { } entry ? From(entry) : Array.Empty<Assembly>();

    public static IReadOnlyList<Assembly> From(Assembly root)
    {
        var found = new List<Assembly> { root };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.GetName().Name ?? string.Empty };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var reference in found[i].GetReferencedAssemblies())
            {
                if (reference.Name is not { } name || !seen.Add(name) || name == ContractsAssembly)
                {
                    continue;
                }

                if (TryLoad(reference) is { } assembly && ReferencesContracts(assembly))
                {
                    found.Add(assembly);
                }
            }
        }

        return found;
    }

    private static bool ReferencesContracts(Assembly assembly)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (reference.Name == ContractsAssembly)
            {
                return true;
            }
        }

        return false;
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception exception) when (exception is System.IO.IOException or BadImageFormatException)
        {
            return null; // a reference that is not deployed (compile-time only): it runs no integration
        }
    }
}
