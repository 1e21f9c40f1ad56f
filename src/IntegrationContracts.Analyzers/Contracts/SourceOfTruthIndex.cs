using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Every <c>[SourceOfTruth]</c> that speaks about an object, built once per compilation: assembly-level declarations of
/// this compilation and of referenced assemblies (a shared domain library), and — read on first use — the
/// declarations on the object type itself, wherever that type is defined.
/// </summary>
internal sealed class SourceOfTruthIndex
{
    private readonly ContractReader _reader;
    private readonly Dictionary<ITypeSymbol, List<SourceOfTruthDeclaration>> _assemblyLevel = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<SourceOfTruthDeclaration>> _byObject = new(SymbolEqualityComparer.Default);

    public SourceOfTruthIndex(ContractReader reader, Compilation compilation)
    {
        _reader = reader;
        Add(reader.Assembly.SourcesOfTruth);
        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only libraries built against the contracts can declare anything; skip the framework quickly.
            if (ReferencesContracts(referenced))
            {
                Add(reader.ReadAssembly(referenced).SourcesOfTruth);
            }
        }
    }

    /// <summary>Every declaration about the object, in declaration order: on the type first, then assembly level.</summary>
    public ImmutableArray<SourceOfTruthDeclaration> DeclarationsFor(ITypeSymbol obj)
    {
        var key = Key(obj);
        return _byObject.GetOrAdd(key, k =>
        {
            var declarations = ImmutableArray.CreateBuilder<SourceOfTruthDeclaration>();
            if (k is INamedTypeSymbol)
            {
                declarations.AddRange(_reader.ReadDeclarations(k).SourcesOfTruth);
            }

            if (_assemblyLevel.TryGetValue(k, out var assemblyLevel))
            {
                declarations.AddRange(assemblyLevel);
            }

            return declarations.ToImmutable();
        });
    }

    /// <summary>
    /// The declarations that apply to the object in a process: those for the process when there are any, else the
    /// process-independent ones. An integration without a process sees only process-independent declarations.
    /// </summary>
    public SourceOfTruthResolution Resolve(ITypeSymbol obj, string? process)
    {
        var all = DeclarationsFor(obj);
        var wanted = ContractNames.Normalize(process);
        if (wanted is not null)
        {
            var specific = all.Where(d => ContractNames.AreSame(d.Process, wanted)).ToImmutableArray();
            if (!specific.IsEmpty)
            {
                return new SourceOfTruthResolution(specific);
            }
        }

        return new SourceOfTruthResolution(all.Where(d => ContractNames.Normalize(d.Process) is null).ToImmutableArray());
    }

    private static ITypeSymbol Key(ITypeSymbol type) => type.OriginalDefinition;

    private void Add(ImmutableArray<SourceOfTruthDeclaration> declarations)
    {
        foreach (var declaration in declarations)
        {
            if (declaration.Object is not { } obj)
            {
                continue; // an assembly-level declaration without Object is IC0005's
            }

            if (!_assemblyLevel.TryGetValue(Key(obj), out var list))
            {
                _assemblyLevel[Key(obj)] = list = new List<SourceOfTruthDeclaration>();
            }

            list.Add(declaration);
        }
    }

    private static bool ReferencesContracts(IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == ContractSymbols.Namespace)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>The declarations that apply to one object in one process, and the master they name.</summary>
internal readonly struct SourceOfTruthResolution(ImmutableArray<SourceOfTruthDeclaration> declarations)
{
    public ImmutableArray<SourceOfTruthDeclaration> Declarations { get; } = declarations;

    public bool IsDeclared => !Declarations.IsEmpty;

    /// <summary>Whether the declarations name two or more different systems (IC0008).</summary>
    public bool IsConflicting
    {
        get
        {
            string? first = null;
            foreach (var declaration in Declarations)
            {
                var system = ContractNames.Normalize(declaration.System);
                if (system is null)
                {
                    continue;
                }

                if (first is null)
                {
                    first = system;
                }
                else if (!ContractNames.Comparer.Equals(first, system))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The one system the declarations agree on, or <see langword="null"/> when none is named or they conflict (IC0008).</summary>
    public string? Master
    {
        get
        {
            string? master = null;
            foreach (var declaration in Declarations)
            {
                var system = ContractNames.Normalize(declaration.System);
                if (system is null)
                {
                    continue;
                }

                if (master is null)
                {
                    master = system;
                }
                else if (!ContractNames.Comparer.Equals(master, system))
                {
                    return null;
                }
            }

            return master;
        }
    }
}
