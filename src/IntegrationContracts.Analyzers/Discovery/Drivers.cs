using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Classes whose work is to run an integration: a hosted service, a scheduled or recurring job, a message or
/// notification handler, or a provider (a class plugged in through an <c>I…Provider</c> interface: payment, shipping,
/// tax, exchange-rate providers — the application's seams for external systems), whose dependencies include an integration — a class marked <c>[Integration]</c>, a class with
/// client evidence in its declarations, or an interface implemented by one in this project. The message names the
/// integration it runs, so the user chooses which of the two carries the contract. Controllers, pages and other
/// callers that only pass a result through are not drivers (IC0010.md draws the line).
/// </summary>
internal sealed class Drivers
{
    /// <summary>Interface names of schedulers' and mediators' work items.</summary>
    private static readonly string[] WorkItemSuffixes = { "Job", "ScheduleTask", "ScheduledTask", "PeriodicTask", "RecurringTask", "BackgroundTask" };

    private readonly DeclarationEvidence _declarations;
    private readonly IntegrationCandidates _candidates;
    private readonly Lazy<ILookup<ISymbol, INamedTypeSymbol>> _implementations;
    private readonly Lazy<Exports.ReferencedManifests> _imported;
    private readonly IAssemblySymbol _assembly;

    public Drivers(Compilation compilation, DeclarationEvidence declarations, IntegrationCandidates candidates)
    {
        _declarations = declarations;
        _candidates = candidates;
        _assembly = compilation.Assembly;
        _implementations = new Lazy<ILookup<ISymbol, INamedTypeSymbol>>(() => Common.Implementations.Index(compilation.Assembly));
        _imported = new Lazy<Exports.ReferencedManifests>(() => Exports.ReferencedManifests.Of(compilation));
    }

    public Evidence? Find(INamedTypeSymbol type)
    {
        if (!IsDriverKind(type))
        {
            return null;
        }

        foreach (var (dependency, location) in Common.TypeDependencies.Of(type))
        {
            if (dependency is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface } named
                && !SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type.OriginalDefinition)
                && !IsDecorated(type, named)
                && !Libraries.IsPlumbing(named.ContainingAssembly)
                && Integration(named) is { } what)
            {
                return Evidence.Runs(named, what, location ?? Location.None);
            }
        }

        return null;
    }

    private static bool IsDriverKind(INamedTypeSymbol type) =>
        type.AllInterfaces.Any(i =>
            (i.Name == "IHostedService" && i.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Hosting")
            || WorkItemSuffixes.Any(suffix => i.Name.EndsWith(suffix, StringComparison.Ordinal))
            || (i.Arity is 1 or 2 && (i.Name.EndsWith("Handler", StringComparison.Ordinal) || i.Name.EndsWith("Consumer", StringComparison.Ordinal)))
            || (i.Name.EndsWith("Provider", StringComparison.Ordinal) && !Libraries.IsPlumbing(i.ContainingAssembly)));

    /// <summary>
    /// A decorator or composite holds what it implements itself (<c>CachedRateProvider : IRateProvider</c> over an inner
    /// <c>IRateProvider</c>): it passes calls through, and the implementations are the integrations.
    /// </summary>
    private static bool IsDecorated(INamedTypeSymbol type, INamedTypeSymbol dependency) =>
        dependency.TypeKind == TypeKind.Interface
        && type.AllInterfaces.Any(implemented => SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, dependency.OriginalDefinition));

    /// <summary>Why the dependency is an integration, as the message says it (<c>uses HttpClient</c>), or <see langword="null"/>.</summary>
    private string? Integration(INamedTypeSymbol dependency)
    {
        if (!SymbolEqualityComparer.Default.Equals(dependency.ContainingAssembly, _assembly))
        {
            return Imported(dependency) ?? (dependency.TypeKind == TypeKind.Interface ? Implemented(dependency) : Own(dependency));
        }

        if (dependency.TypeKind == TypeKind.Interface)
        {
            foreach (var implementation in _implementations.Value[dependency.OriginalDefinition])
            {
                if (Own(implementation) is { } what)
                {
                    return "is implemented by " + implementation.Name + ", which " + what;
                }
            }

            return null;
        }

        return Own(dependency);
    }

    /// <summary>An interface implemented here by an integration (an interface of another assembly, implemented in this one).</summary>
    private string? Implemented(INamedTypeSymbol dependency)
    {
        foreach (var implementation in _implementations.Value[dependency.OriginalDefinition])
        {
            if (Own(implementation) is { } what)
            {
                return "is implemented by " + implementation.Name + ", which " + what;
            }
        }

        return null;
    }

    /// <summary>What a referenced assembly's manifest exports about the type: the integration behind it, in that assembly.</summary>
    private string? Imported(INamedTypeSymbol dependency)
    {
        foreach (var imported in _imported.Value.Type(dependency))
        {
            if (imported.Export.Integration is { } what)
            {
                return imported.Export.ImplementedBy is { } implementation
                    ? "is implemented by " + Simple(implementation) + " in " + imported.Assembly + ", which " + what
                    : what == MarkedIntegration ? "is an integration in " + imported.Assembly : what + " (in " + imported.Assembly + ")";
            }
        }

        return null;
    }

    private static string Simple(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    /// <summary>What a type marked <c>[Integration]</c> is, in messages and exports.</summary>
    public const string MarkedIntegration = "is an integration";

    private string? Own(INamedTypeSymbol type) =>
        _candidates.IsMarked(type) ? MarkedIntegration : _declarations.Find(type)?.Description;
}
