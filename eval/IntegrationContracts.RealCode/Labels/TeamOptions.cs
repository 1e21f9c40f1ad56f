using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.RealCode.Labels;

/// <summary>
/// The project-wide options a team adopting the package would write once for an application (its
/// <c>options.globalconfig</c> next to the labels: <c>integration_contracts.retrying_calls = ...</c>), read only with
/// <c>--configured</c>, so the default numbers stay those of an unconfigured install.
/// </summary>
internal static class TeamOptions
{
    public const string FileName = "options.globalconfig";

    public static AnalyzerOptions None { get; } = new([]);

    /// <summary>The options in the file: <c>key = value</c> lines; <c>#</c> and <c>;</c> comments and section headers are skipped.</summary>
    public static AnalyzerOptions Read(string path)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()))
        {
            if (line.Length == 0 || line[0] is '#' or ';' or '[' || line.IndexOf('=') is var at && at <= 0)
            {
                continue;
            }

            values[line[..at].Trim()] = line[(at + 1)..].Trim();
        }

        return new AnalyzerOptions([], new GlobalOptionsProvider(values.ToImmutable()));
    }

    private sealed class GlobalOptionsProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
