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
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
    /// <param name="models">The manifest's integrations, with the retry facts their verdicts were decided from.</param>
    public static ExportFacts Collect(Compilation compilation, ContractModel model, ImmutableArray<string> extraClientTypes, ImmutableArray<string> plugins, IEnumerable<IntegrationContract> integrations, IReadOnlyList<Manifest.IntegrationModel> models, CancellationToken cancellationToken)
    {
        var contracts = integrations.ToList();
        var types = Types(compilation, model, extraClientTypes, contracts, cancellationToken);
        var defaultsIn = model.Retry.HttpClientDefaultsAppliedIn(cancellationToken);
        var defaults = defaultsIn
            .Where(applied => applied.Method.IsStatic && IsPublic(applied.Method))
            .Select(applied => new ExportedDefaults(ReferencedManifests.NameOf(applied.Method.ContainingType) + "." + applied.Method.Name, Retry(applied.Evidence)))
            .GroupBy(exported => exported.Method, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(exported => exported.Method, StringComparer.Ordinal)
            .ToEquatableArray();

        var applied = Applications.IsApplication(compilation) && !defaultsIn.IsEmpty ? Retry(defaultsIn[0].Evidence) : null;
        // Only integrations without a declared retry: those are the ones a host's defaults can re-judge, and their
        // candidate (what a registration elsewhere must cover) was read for the verdict already.
        var usesHttpClient = models
            .Where(integration => integration.Retry is null && integration.RetryFacts.Candidate is { } candidate && (candidate.ReceivesHttpClient || !candidate.NamedClients.IsEmpty))
            .Select(integration => integration.Name)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

        var loads = applied is null
            ? EquatableArray<string>.Empty
            : compilation.SourceModule.ReferencedAssemblySymbols
                .Where(ReferencedManifests.CarriesManifest)
                .Select(assembly => assembly.Identity.Name)
                .Concat(plugins)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToEquatableArray();
        return new ExportFacts(types, defaults, applied, usesHttpClient, loads);
    }

    private static EquatableArray<ExportedType> Types(Compilation compilation, ContractModel model, ImmutableArray<string> extraClientTypes, IReadOnlyList<IntegrationContract> contracts, CancellationToken cancellationToken)
    {
        var clients = ExternalClients.Create(compilation, extraClientTypes);
        var candidates = new IntegrationCandidates(model.Symbols.Integration, DiscoverySymbols.Create(compilation, model.Symbols.AlertHookInterface), IgnoredTypes.None);
        var declarations = new DeclarationEvidence(clients);
        var marked = new HashSet<ISymbol>(contracts.Select(contract => contract.DeclaringType.OriginalDefinition), SymbolEqualityComparer.Default);
        var exported = new Dictionary<string, ExportedType>(StringComparer.Ordinal);

        // Why a class is an integration: marked (the model's contracts), or a client in its declarations. Checked cheapest
        // first: the declarations are read only when their syntax names something that can be a client, since realising
        // the members of every class of the project (what IC0010 does in the analyzers) doubled the generator's cost.
        string? Why(INamedTypeSymbol type) =>
            marked.Contains(type.OriginalDefinition) ? Drivers.MarkedIntegration
            : clients.IsEmpty || !MayHoldClient(type, clients.CatalogNames, compilation.Assembly, depth: 0) ? null
            : declarations.Find(type) is { } evidence && candidates.IsCandidate(type) && !clients.IsCatalogClient(type) ? evidence.Description
            : null;

        foreach (var type in DeclaredTypes.In(compilation.Assembly.GlobalNamespace))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type is not { TypeKind: TypeKind.Class, IsAbstract: false } || Why(type) is not { } why)
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
                if (IsPublic(definition) && !Libraries.IsPlumbing(definition.ContainingAssembly) && EveryImplementationIsAnIntegration(definition, model, Why))
                {
                    var throughInterface = RetryingDependencies.Through(definition, model.Retry, cancellationToken);
                    Add(exported, new ExportedType(ReferencedManifests.NameOf(definition), ReferencedManifests.NameOf(type), why, throughInterface is null ? null : Retry(throughInterface)));
                }
            }
        }

        return exported.Values.OrderBy(type => type.Type, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// Whether the type's declarations can hold a client, from syntax alone: a base type, a field, property or
    /// constructor parameter type whose name can denote one (<see cref="ClientNames"/>), a generic base (a handler
    /// interface), or the same in a base class of this project.
    /// </summary>
    private static bool MayHoldClient(INamedTypeSymbol type, ClientNames names, IAssemblySymbol assembly, int depth)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            if (declaration.BaseList is { } bases && (names.MayNameClient(bases) || bases.Types.Any(b => b.Type is GenericNameSyntax)))
            {
                return true;
            }

            if (declaration.ParameterList is { } primary && names.MayNameClient(primary))
            {
                return true;
            }

            foreach (var member in declaration.Members)
            {
                SyntaxNode? types = member switch
                {
                    FieldDeclarationSyntax field => field.Declaration.Type,
                    PropertyDeclarationSyntax property => property.Type,
                    ConstructorDeclarationSyntax constructor => constructor.ParameterList,
                    _ => null,
                };
                if (types is not null && names.MayNameClient(types))
                {
                    return true;
                }
            }
        }

        return depth < 4
            && type.BaseType is { } baseType
            && SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, assembly)
            && MayHoldClient(baseType.OriginalDefinition, names, assembly, depth + 1);
    }

    /// <summary>
    /// Whether every class of this assembly that implements the interface is an integration: an <c>IPictureService</c>
    /// with a database, an S3 and an Azure implementation is a storage seam, not an integration its callers run.
    /// </summary>
    private static bool EveryImplementationIsAnIntegration(INamedTypeSymbol @interface, ContractModel model, Func<INamedTypeSymbol, string?> why)
    {
        foreach (var implementation in model.Retry.SourceImplementations(@interface))
        {
            if (why(implementation) is null)
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
