using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// The contract attribute types of one compilation, resolved once (per compilation start or per generator run)
/// and compared by symbol, never by name.
/// </summary>
internal sealed class ContractSymbols
{
    public const string Namespace = "IntegrationContracts";
    public const string IntegrationAttributeMetadataName = Namespace + ".IntegrationAttribute";
    public const string SourceOfTruthAttributeMetadataName = Namespace + ".SourceOfTruthAttribute";

    private ContractSymbols(Compilation compilation, INamedTypeSymbol integration)
    {
        Integration = integration;
        Owner = compilation.GetTypeByMetadataName(Namespace + ".IntegrationOwnerAttribute");
        SourceOfTruth = compilation.GetTypeByMetadataName(Namespace + ".SourceOfTruthAttribute");
        RetryPolicy = compilation.GetTypeByMetadataName(Namespace + ".RetryPolicyAttribute");
        NoRetry = compilation.GetTypeByMetadataName(Namespace + ".NoRetryAttribute");
        AlertHook = compilation.GetTypeByMetadataName(Namespace + ".AlertHookAttribute");
        AlertHookInterface = compilation.GetTypeByMetadataName(Namespace + ".IIntegrationAlertHook");
    }

    public INamedTypeSymbol Integration { get; }
    public INamedTypeSymbol? Owner { get; }
    public INamedTypeSymbol? SourceOfTruth { get; }
    public INamedTypeSymbol? RetryPolicy { get; }
    public INamedTypeSymbol? NoRetry { get; }
    public INamedTypeSymbol? AlertHook { get; }
    public INamedTypeSymbol? AlertHookInterface { get; }

    /// <summary>Returns <see langword="null"/> when the compilation does not reference the IntegrationContracts library: then there is nothing to check.</summary>
    public static ContractSymbols? TryCreate(Compilation compilation) =>
        compilation.GetTypeByMetadataName(IntegrationAttributeMetadataName) is { } integration
            ? new ContractSymbols(compilation, integration)
            : null;
}
