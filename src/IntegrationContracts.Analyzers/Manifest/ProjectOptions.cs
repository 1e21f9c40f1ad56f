using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The project-wide options the generator hands the contract model, as the analyzers' options would carry them: the
/// model reads <c>integration_contracts.*</c> keys from the global options, so both decide from the same values.
/// </summary>
internal static class ProjectOptions
{
    public static AnalyzerOptions? With(string key, string value) =>
        value.Length == 0 ? null : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Provider(new Options(key, value)));

    private sealed class Provider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
    }

    private sealed class Options(string key, string value) : AnalyzerConfigOptions
    {
        // netstandard2.0 cannot name the base's [NotNullWhen(true)]; the contract is kept: a value whenever true.
#pragma warning disable CS8765
        public override bool TryGetValue(string name, out string? result)
#pragma warning restore CS8765
        {
            result = name == key ? value : null;
            return result is not null;
        }
    }
}
