using System.Reflection;

namespace IntegrationContracts.Cli;

/// <summary>The tool's version as packed (informational version without the source revision).</summary>
internal static class ToolVersion
{
    public static readonly string Value =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
