using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// Whether a compilation is an application (a service or host that runs) rather than a library: the manifest's
/// <c>assembly.kind</c>, the exports a host writes, and IC0002's "a host may cover it" for a library all ask it.
/// </summary>
internal static class Applications
{
    public static bool IsApplication(Compilation compilation) =>
        compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;
}
