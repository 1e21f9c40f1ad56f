using IntegrationContracts.Analyzers.Common;

namespace IntegrationContracts.Analyzers.SourceOfTruth;

/// <summary>How messages name a process: "process 'Order-to-Cash'", or "every process" for process-independent declarations.</summary>
internal static class ProcessNames
{
    public static string Describe(string? process) =>
        ContractNames.Normalize(process) is { } name ? $"process '{name}'" : "every process";
}
