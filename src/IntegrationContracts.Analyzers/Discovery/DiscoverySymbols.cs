using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// The non-client types IC0010 needs to tell integrations from look-alikes, resolved once per compilation start.
/// </summary>
internal sealed class DiscoverySymbols
{
    /// <summary>
    /// Types that mark composition code: a method or lambda with a parameter of one of these, or a call on one of
    /// them, configures the container or the host. A client created there is registered, not used.
    /// </summary>
    private static readonly string[] CompositionTypeNames =
    {
        "Microsoft.Extensions.DependencyInjection.IServiceCollection",
        "Microsoft.Extensions.DependencyInjection.IHttpClientBuilder",
        "System.IServiceProvider",
        "Microsoft.Extensions.Hosting.IHostBuilder",
        "Microsoft.Extensions.Hosting.IHostApplicationBuilder",
        "Microsoft.AspNetCore.Hosting.IWebHostBuilder",
        "Microsoft.AspNetCore.Builder.WebApplicationBuilder",
        "Autofac.ContainerBuilder",
        "Autofac.IComponentContext",
        "MassTransit.IBusRegistrationConfigurator",
        "MassTransit.IBusRegistrationContext",
    };

    /// <summary>
    /// Base types and interfaces of look-alikes that touch clients without being integrations: HTTP message handlers
    /// sit inside a client's pipeline, health checks only probe, UI components call their own backend, and alert
    /// hooks are the integrations' alerting itself.
    /// </summary>
    private static readonly string[] ExcludedBaseTypeNames =
    {
        "System.Net.Http.HttpMessageHandler",
        "Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck",
        "Microsoft.AspNetCore.Components.ComponentBase",
    };

    /// <summary>One type per test framework; a compilation that references any of them is a test project.</summary>
    private static readonly string[] TestFrameworkMarkerNames =
    {
        "Xunit.FactAttribute",
        "NUnit.Framework.TestAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute",
        "TUnit.Core.TestAttribute",
    };

    private DiscoverySymbols(Compilation compilation, INamedTypeSymbol? alertHook)
    {
        CompositionTypes = Resolve(compilation, CompositionTypeNames);
        var excluded = new List<INamedTypeSymbol>(Resolve(compilation, ExcludedBaseTypeNames));
        if (alertHook is not null)
        {
            excluded.Add(alertHook);
        }

        ExcludedBaseTypes = excluded.ToImmutableArray();
        IsTestProject = Resolve(compilation, TestFrameworkMarkerNames).Length > 0;
    }

    public ImmutableArray<INamedTypeSymbol> CompositionTypes { get; }

    public ImmutableArray<INamedTypeSymbol> ExcludedBaseTypes { get; }

    public bool IsTestProject { get; }

    public static DiscoverySymbols Create(Compilation compilation, INamedTypeSymbol? alertHookInterface) =>
        new(compilation, alertHookInterface);

    /// <summary>Whether <paramref name="type"/> is, derives from or implements one of <paramref name="candidates"/>.</summary>
    public static bool IsOrInherits(ITypeSymbol? type, ImmutableArray<INamedTypeSymbol> candidates)
    {
        if (type is null || candidates.IsEmpty)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Contains(candidates, current.OriginalDefinition))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (Contains(candidates, implemented.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<INamedTypeSymbol> candidates, ITypeSymbol type)
    {
        foreach (var candidate in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, string[] names)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }
}
