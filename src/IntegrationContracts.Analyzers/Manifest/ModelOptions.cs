using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// The project-wide options and build properties the manifest's model reads, as written ("" when unset): a value, so
/// changing one re-reads the contracts and nothing else does.
/// </summary>
/// <param name="RetryingCalls"><c>integration_contracts.retrying_calls</c>: the manifest reads what the analyzers read.</param>
/// <param name="ExternalClientTypes"><c>integration_contracts.external_client_types</c>: exported integrations are found as IC0010 finds them.</param>
/// <param name="Plugins">The <c>IntegrationContractsPlugins</c> build property: assemblies a host loads at run time, named in its exports.</param>
/// <param name="FailureReportingMethods"><c>integration_contracts.failure_reporting_methods</c>: IC0011's verdict reads it (project-wide here).</param>
internal sealed record ModelOptions(string RetryingCalls, string ExternalClientTypes, string Plugins, string FailureReportingMethods)
{
    public static ModelOptions Read(AnalyzerConfigOptions global) => new(
        Value(global, Configuration.OptionKeys.RetryingCalls),
        Value(global, Configuration.OptionKeys.ExternalClientTypes),
        Value(global, "build_property.IntegrationContractsPlugins"),
        Value(global, Configuration.OptionKeys.FailureReportingMethods));

    /// <summary>The options the contract model reads, as the analyzers' options would carry them.</summary>
    public AnalyzerOptions? ForModel() =>
        ProjectOptions.With((Configuration.OptionKeys.RetryingCalls, RetryingCalls), (Configuration.OptionKeys.FailureReportingMethods, FailureReportingMethods));

    private static string Value(AnalyzerConfigOptions global, string key) => global.TryGetValue(key, out var value) ? value : string.Empty;
}
