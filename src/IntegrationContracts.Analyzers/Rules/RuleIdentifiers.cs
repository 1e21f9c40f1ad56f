namespace IntegrationContracts.Analyzers.Rules;

/// <summary>Rule IDs: stable, never reused. Use these constants, never string literals.</summary>
internal static class RuleIdentifiers
{
    public const string MissingOwner = "IC0001";
    public const string MissingRetryPolicy = "IC0002";
    public const string MissingAlertHook = "IC0003";
}
