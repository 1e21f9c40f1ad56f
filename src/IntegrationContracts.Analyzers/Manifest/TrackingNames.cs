namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Names of the generator's pipeline steps, so tests can assert each one stays cached.</summary>
internal static class TrackingNames
{
    public const string ContractSyntax = nameof(ContractSyntax);
    public const string ContractCompilation = nameof(ContractCompilation);
    public const string Snapshot = nameof(Snapshot);
    public const string AllIntegrations = nameof(AllIntegrations);
    public const string Target = nameof(Target);
    public const string AllSourcesOfTruth = nameof(AllSourcesOfTruth);
    public const string OwnersRegistry = nameof(OwnersRegistry);
    public const string Registrations = nameof(Registrations);
    public const string Verdicts = nameof(Verdicts);
    public const string Exports = nameof(Exports);
}
