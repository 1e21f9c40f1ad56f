namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// One rendered manifest file, embedded as <c>[assembly: AssemblyMetadata(MetadataKey, Text)]</c> for the build task
/// to write. The keys match <c>ManifestFormat</c> in IntegrationContracts.Build.
/// </summary>
internal readonly record struct ManifestDocument(string MetadataKey, string Text)
{
    public const string JsonKey = "IntegrationContracts.Manifest.json";
    public const string MarkdownKey = "IntegrationContracts.Manifest.markdown";
    public const string BackstageKey = "IntegrationContracts.Manifest.backstage";
    public const string BackstageGroupsKey = "IntegrationContracts.Manifest.backstage-groups";
}
