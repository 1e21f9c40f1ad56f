using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// The <c>integration_contracts.ignored_types</c> list: full type names (<c>Contoso.Tools.Probe</c>, nested types
/// with <c>.</c> or <c>+</c>) and namespaces with a trailing <c>.*</c> (<c>Contoso.Legacy.*</c>, which includes
/// nested namespaces). An ignored type's nested types are ignored too. Names compare case-sensitively, as C# does.
/// </summary>
internal sealed class IgnoredTypes
{
    public static readonly IgnoredTypes None = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private readonly ImmutableArray<string> _exact;
    private readonly ImmutableArray<string> _prefixes;

    private IgnoredTypes(ImmutableArray<string> exact, ImmutableArray<string> prefixes)
    {
        _exact = exact;
        _prefixes = prefixes;
    }

    public bool IsEmpty => _exact.IsEmpty && _prefixes.IsEmpty;

    public static IgnoredTypes Parse(IEnumerable<string> entries)
    {
        var exact = ImmutableArray.CreateBuilder<string>();
        var prefixes = ImmutableArray.CreateBuilder<string>();
        foreach (var entry in entries)
        {
            var name = entry.Replace('+', '.');
            if (name.StartsWith("global::", StringComparison.Ordinal))
            {
                name = name.Substring("global::".Length);
            }

            if (name == "*")
            {
                prefixes.Add(string.Empty);
            }
            else if (name.EndsWith(".*", StringComparison.Ordinal))
            {
                prefixes.Add(name.Substring(0, name.Length - 1));
            }
            else if (name.Length > 0)
            {
                exact.Add(name);
                prefixes.Add(name + ".");
            }
        }

        return new IgnoredTypes(exact.ToImmutable(), prefixes.ToImmutable());
    }

    public bool Contains(INamedTypeSymbol type)
    {
        if (IsEmpty)
        {
            return false;
        }

        var name = FullName(type);
        foreach (var exact in _exact)
        {
            if (string.Equals(exact, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in _prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Namespace.Outer.Inner</c>, without type parameters.</summary>
    private static string FullName(INamedTypeSymbol type)
    {
        var parts = new Stack<string>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            parts.Push(current.Name);
        }

        var builder = new StringBuilder();
        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(string.Join(".", parts));
        return builder.ToString();
    }
}
