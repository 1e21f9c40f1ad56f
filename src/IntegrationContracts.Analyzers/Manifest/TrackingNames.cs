namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Names of the generator's pipeline steps, so tests can assert each one stays cached.</summary>
internal static class TrackingNames
{
    public const string Integrations = nameof(Integrations);
    public const string AllIntegrations = nameof(AllIntegrations);
    public const string Target = nameof(Target);
    public const string TypeSourcesOfTruth = nameof(TypeSourcesOfTruth);
    public const string AssemblySourcesOfTruth = nameof(AssemblySourcesOfTruth);
    public const string AllSourcesOfTruth = nameof(AllSourcesOfTruth);
    public const string OwnersRegistry = nameof(OwnersRegistry);
    public const string Registrations = nameof(Registrations);
    public const string Verdicts = nameof(Verdicts);
}
