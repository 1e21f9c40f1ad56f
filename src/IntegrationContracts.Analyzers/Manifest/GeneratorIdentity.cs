using System.Reflection;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Who wrote a manifest: recorded in it so a reader knows which rules and schema produced it.</summary>
internal static class GeneratorIdentity
{
    public const string Name = "IntegrationContracts";

    public static readonly string Version =
        typeof(GeneratorIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(GeneratorIdentity).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
