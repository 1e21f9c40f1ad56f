using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// One <c>integration_contracts.*</c> rule option: its key, how its text is parsed and the value when it is not set
/// (or cannot be parsed), so a rule reads a typed value instead of a raw string.
/// </summary>
internal sealed class OptionDefinition<T>
{
    public const string KeyPrefix = "integration_contracts.";

    private readonly Func<string, T?> _parse;

    public OptionDefinition(string name, T defaultValue, Func<string, T?> parse)
    {
        Key = KeyPrefix + name;
        DefaultValue = defaultValue;
        _parse = parse;
    }

    /// <summary>The key as written in a <c>.globalconfig</c>, e.g. <c>integration_contracts.ignored_types</c>.</summary>
    public string Key { get; }

    public T DefaultValue { get; }

    /// <summary>The value from the project's global options (<c>.globalconfig</c>, or MSBuild via <c>build_property</c>), or the default.</summary>
    public T Read(AnalyzerConfigOptionsProvider provider) => Read(provider.GlobalOptions);

    public T Read(AnalyzerConfigOptions options) =>
        options.TryGetValue(Key, out var text) && !string.IsNullOrWhiteSpace(text) && _parse(text) is { } value
            ? value
            : DefaultValue;
}
