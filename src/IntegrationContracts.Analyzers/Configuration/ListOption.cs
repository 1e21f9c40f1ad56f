using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Configuration;

/// <summary>
/// An <c>integration_contracts.*</c> option holding a comma-separated list, read from .editorconfig/.globalconfig
/// once per syntax tree and cached for the rest of the compilation.
/// </summary>
internal sealed class ListOption
{
    private readonly ConcurrentDictionary<SyntaxTree, ImmutableHashSet<string>> _byTree = new();
    private readonly AnalyzerConfigOptionsProvider _provider;

    public ListOption(string key, AnalyzerConfigOptionsProvider provider)
    {
        Key = key;
        _provider = provider;
    }

    public string Key { get; }

    public ImmutableHashSet<string> For(SyntaxTree tree) =>
        _byTree.GetOrAdd(tree, t => Parse(_provider.GetOptions(t).TryGetValue(Key, out var value) ? value : null));

    private static ImmutableHashSet<string> Parse(string? value) =>
        Split(value).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The items of a list option, trimmed, blanks dropped. Commas only: in .editorconfig a ";" starts a comment, so
    /// Roslyn has already cut the value there. Every list option is split here.
    /// </summary>
    public static ImmutableArray<string> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in value!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Trim() is { Length: > 0 } trimmed)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }
}
