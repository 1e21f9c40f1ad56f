namespace IntegrationContracts.Analyzers.Rules;

/// <summary>Rule IDs: stable, never reused. Use these constants, never string literals.</summary>
internal static class RuleIdentifiers
{
    public const string MissingOwner = "IC0001";
    public const string MissingRetryPolicy = "IC0002";
    public const string MissingAlertHook = "IC0003";
    public const string OwnerWithoutSupportPath = "IC0004";
    public const string InvalidContractValue = "IC0005";
    public const string DuplicateIntegrationName = "IC0006";
    public const string MissingSourceOfTruth = "IC0007";
    public const string ConflictingSourceOfTruth = "IC0008";
    public const string CopyFromNonMaster = "IC0009";
    public const string UnmarkedIntegration = "IC0010";
    public const string SwallowedFailure = "IC0011";
    public const string OwnerNotInRegistry = "IC0012";
    public const string OnlyTechnicalAlerts = "IC0013";
    public const string AlertHookNotImplemented = "IC0014";
    public const string UnreadableOwnersRegistry = "IC0015";
    public const string MisplacedOption = "IC0016";
    public const string UnreadableReferencedManifest = "IC0017";
    public const string DeclaredRetryNotApplied = "IC0018";
}
