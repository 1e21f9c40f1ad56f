using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Analyzers.Discovery;
using IntegrationContracts.Shared.Manifest;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Exports;

/// <summary>
/// What this assembly's manifest exports for the compilations that reference it (<see cref="ReferencedManifests"/> reads
/// it there), from the same model the analyzers judge with:
/// <list type="bullet">
/// <item>every public interface implemented here only by integrations (classes marked <c>[Integration]</c> or holding a
/// client in their declarations, as IC0010 sees them), and every public class that is one: which class, why, and whether
/// every call through it retries (<see cref="RetryingDependencies.Through"/>: the retry of each implementation here);</item>
/// <item>every public static method that applies HttpClient defaults with a retry (a service-defaults library);</item>
/// <item>which of its integrations use an HttpClient; for an application, the defaults it applies itself and the
/// assemblies it runs (so the landscape can re-judge their integrations' retry).</item>
/// </list>
/// Method bodies are only read through the retry recogniser, for the integrations found; nothing else is bound.
/// </summary>
internal static class ExportCollector
{
    /// <param name="plugins">Assemblies the application loads at run time without referencing them (<c>IntegrationContractsPlugins</c>).</param>
    public static ExportFacts Collect(Compilation compilation, ContractModel model, ImmutableArray<string> extraClientTypes, ImmutableArray<string> plugins, IEnumerable<IntegrationContract> integrations, CancellationToken cancellationToken)
    {
        var types = Types(compilation, model, extraClientTypes, cancellationToken);
        var defaultsIn = model.Retry.HttpClientDefaultsAppliedIn(cancellationToken);
        var defaults = defaultsIn
            .Where(applied => applied.Method.IsStatic && IsPublic(applied.Method))
            .Select(applied => new ExportedDefaults(ReferencedManifests.NameOf(applied.Method.ContainingType) + "." + applied.Method.Name, Retry(applied.Evidence)))
            .GroupBy(exported => exported.Method, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(exported => exported.Method, StringComparer.Ordinal)
            .ToEquatableArray();

        var isApplication = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;
        var applied = isApplication && !defaultsIn.IsEmpty ? Retry(defaultsIn[0].Evidence) : null;
        var usesHttpClient = integrations
            .Where(contract => model.Retry.CandidateOf(contract.DeclaringType, cancellationToken) is { } candidate && (candidate.ReceivesHttpClient || !candidate.NamedClients.IsEmpty))
            .Select(contract => contract.DisplayName)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

        var loads = applied is null
            ? EquatableArray<string>.Empty
            : compilation.SourceModule.ReferencedAssemblySymbols
                .Where(ReferencedManifests.ReferencesContracts)
                .Select(assembly => assembly.Identity.Name)
                .Concat(plugins)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToEquatableArray();
        return new ExportFacts(types, defaults, applied, usesHttpClient, loads);
    }

    private static EquatableArray<ExportedType> Types(Compilation compilation, ContractModel model, ImmutableArray<string> extraClientTypes, CancellationToken cancellationToken)
    {
        var clients = ExternalClients.Create(compilation, extraClientTypes);
        var discovery = DiscoverySymbols.Create(compilation, model.Symbols.AlertHookInterface);
        var candidates = new IntegrationCandidates(model.Symbols.Integration, discovery, IgnoredTypes.None);
        var drivers = new Drivers(compilation, new DeclarationEvidence(clients), candidates);
        var exported = new Dictionary<string, ExportedType>(StringComparer.Ordinal);

        foreach (var type in DeclaredTypes.In(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type is not { TypeKind: TypeKind.Class, IsAbstract: false } || !candidates.IsCandidate(type) || clients.IsCatalogClient(type) || drivers.Own(type) is not { } why)
            {
                continue;
            }

            // The integration itself, when others can name it, and every public interface it implements.
            var retry = RetryingDependencies.Through(type, model.Retry, cancellationToken);
            if (IsPublic(type))
            {
                Add(exported, new ExportedType(ReferencedManifests.NameOf(type), null, why, retry is null ? null : Retry(retry)));
            }

            foreach (var @interface in type.AllInterfaces)
            {
                var definition = @interface.OriginalDefinition;
                if (IsPublic(definition) && !Libraries.IsPlumbing(definition.ContainingAssembly) && EveryImplementationIsAnIntegration(definition, model, drivers))
                {
                    var throughInterface = RetryingDependencies.Through(definition, model.Retry, cancellationToken);
                    Add(exported, new ExportedType(ReferencedManifests.NameOf(definition), ReferencedManifests.NameOf(type), why, throughInterface is null ? null : Retry(throughInterface)));
                }
            }
        }

        return exported.Values.OrderBy(type => type.Type, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// Whether every class of this assembly that implements the interface is an integration: an <c>IPictureService</c>
    /// with a database, an S3 and an Azure implementation is a storage seam, not an integration its callers run.
    /// </summary>
    private static bool EveryImplementationIsAnIntegration(INamedTypeSymbol @interface, ContractModel model, Drivers drivers)
    {
        foreach (var implementation in model.Retry.SourceImplementations(@interface))
        {
            if (drivers.Own(implementation) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One export per type: the first implementation (in declaration order) names it.</summary>
    private static void Add(Dictionary<string, ExportedType> exported, ExportedType type)
    {
        if (!exported.ContainsKey(type.Type))
        {
            exported.Add(type.Type, type);
        }
    }

    private static ExportedRetry Retry(RetryEvidence evidence) => new(evidence.KindName, evidence.Description);

    /// <summary>Visible to other assemblies: public, in public containing types.</summary>
    private static bool IsPublic(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
