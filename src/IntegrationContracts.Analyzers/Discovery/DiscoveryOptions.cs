using System;
using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// IC0010's options, read once per compilation from the global options (a <c>.globalconfig</c>): the catalog is
/// built once per compilation, so these are project-wide, not per file.
/// </summary>
internal sealed class DiscoveryOptions
{
    /// <summary>Extra external-client types, as metadata names separated by commas, e.g. <c>Contoso.Erp.ErpClient, Acme.IAcmeApi</c>.</summary>
    public static readonly OptionDefinition<ImmutableArray<string>> ExternalClientTypes =
        new(OptionKeys.ExternalClientTypes, ImmutableArray<string>.Empty, text => ListOption.Split(text));

    /// <summary>Types or namespaces IC0010 never reports, separated by commas, e.g. <c>Contoso.Legacy.*, Contoso.Tools.Probe</c>.</summary>
    public static readonly OptionDefinition<IgnoredTypes> IgnoredTypeNames =
        new(OptionKeys.IgnoredTypes, IgnoredTypes.None, text => IgnoredTypes.Parse(ListOption.Split(text)));

    private DiscoveryOptions(ImmutableArray<string> externalClientTypes, IgnoredTypes ignoredTypes)
    {
        ExtraClientTypes = externalClientTypes;
        Ignored = ignoredTypes;
    }

    public ImmutableArray<string> ExtraClientTypes { get; }

    public IgnoredTypes Ignored { get; }

    public static DiscoveryOptions Read(AnalyzerConfigOptionsProvider provider) =>
        new(ExternalClientTypes.Read(provider), IgnoredTypeNames.Read(provider));
}
