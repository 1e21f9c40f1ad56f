using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Configuration;

/// <summary>
/// One project-wide <c>integration_contracts.*</c> option: its key (from <see cref="OptionKeys"/>), how its text is
/// parsed and the value when it is not set (or cannot be parsed), so a rule reads a typed value instead of a raw
/// string. Read from the global options (a <c>.globalconfig</c>), once per compilation.
/// </summary>
internal sealed class OptionDefinition<T>
{
    private readonly Func<string, T?> _parse;

    public OptionDefinition(string key, T defaultValue, Func<string, T?> parse)
    {
        Key = key;
        DefaultValue = defaultValue;
        _parse = parse;
    }

    /// <summary>The key as written in a <c>.globalconfig</c>, e.g. <c>integration_contracts.ignored_types</c>.</summary>
    public string Key { get; }

    public T DefaultValue { get; }

    /// <summary>The value from the project's global options, or the default.</summary>
    public T Read(AnalyzerConfigOptionsProvider provider) => Read(provider.GlobalOptions);

    public T Read(AnalyzerConfigOptions options) =>
        options.TryGetValue(Key, out var text) && !string.IsNullOrWhiteSpace(text) && _parse(text) is { } value
            ? value
            : DefaultValue;
}
