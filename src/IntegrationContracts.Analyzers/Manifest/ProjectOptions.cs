using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The project-wide options the generator hands the contract model, as the analyzers' options would carry them: the
/// model reads <c>integration_contracts.*</c> keys from the global options, so both decide from the same values.
/// </summary>
internal static class ProjectOptions
{
    /// <summary>The options with the given values (empty values left out), or <see langword="null"/> when none is set.</summary>
    public static AnalyzerOptions? With(params (string Key, string Value)[] values)
    {
        var set = values.Where(v => v.Value.Length > 0).ToImmutableDictionary(v => v.Key, v => v.Value);
        return set.IsEmpty ? null : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Provider(new Options(set)));
    }

    private sealed class Provider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        // netstandard2.0 cannot name the base's [NotNullWhen(true)]; the contract is kept: a value whenever true.
#pragma warning disable CS8765
        public override bool TryGetValue(string name, out string? result)
#pragma warning restore CS8765
        {
            return values.TryGetValue(name, out result);
        }
    }
}
