namespace IntegrationContracts.Analyzers.Configuration;

/// <summary>The <c>integration_contracts.*</c> keys users set in .editorconfig or .globalconfig; each is documented on its rule page.</summary>
internal static class OptionKeys
{
    /// <summary>IC0011: extra methods (<c>Namespace.Type.Method</c> or <c>Method</c>) that count as reporting a failure.</summary>
    public const string FailureReportingMethods = "integration_contracts.failure_reporting_methods";
}
