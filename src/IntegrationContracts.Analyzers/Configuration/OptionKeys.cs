namespace IntegrationContracts.Analyzers.Configuration;

/// <summary>The <c>integration_contracts.*</c> keys users set in .editorconfig or .globalconfig; each is documented on its rule page.</summary>
internal static class OptionKeys
{
    /// <summary>IC0011: extra methods (<c>Namespace.Type.Method</c> or <c>Method</c>) that count as reporting a failure.</summary>
    public const string FailureReportingMethods = "integration_contracts.failure_reporting_methods";

    /// <summary>
    /// IC0002 (project-wide, .globalconfig): methods (<c>Namespace.Type.Method</c> or <c>Type.Method</c>) whose callers
    /// retry — an event bus or shared client in code the user cannot annotate with <c>[RetryPolicy]</c>.
    /// </summary>
    public const string RetryingCalls = "integration_contracts.retrying_calls";

    /// <summary>IC0010 (project-wide, .globalconfig): extra external-client types, as metadata names.</summary>
    public const string ExternalClientTypes = "integration_contracts.external_client_types";

    /// <summary>IC0010 (project-wide, .globalconfig): types and namespaces (<c>Contoso.Legacy.*</c>) never reported.</summary>
    public const string IgnoredTypes = "integration_contracts.ignored_types";
}
