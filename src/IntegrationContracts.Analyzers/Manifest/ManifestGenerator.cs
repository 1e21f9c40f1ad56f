using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Analyzers.Registry;
using IntegrationContracts.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>
/// Emits the manifest JSON into the assembly (once) and the <c>IntegrationManifest</c> class that reads it at run time.
/// It only generates; the analyzers report, from the same <see cref="ContractModel"/> and <see cref="VerdictRules"/>.
/// The pipeline: a syntax fingerprint per file (cached per tree) → the compilation, passed on only when a fingerprint
/// or a reference changed → one binding pass (<see cref="ContractSnapshot"/>) → verdicts with the owners registry →
/// the JSON (full, or redacted / a document file when <c>IntegrationContractsEmbedManifest</c> says so).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Per file, from syntax alone: cached for every file an edit does not touch.
        var fingerprints = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Select(static (tree, cancellationToken) => ContractSyntax.Fingerprint(tree, cancellationToken))
            .WithTrackingName(TrackingNames.ContractSyntax)
            .Collect();

        // The compilation, passed on only when a fingerprint or a reference changed; then read once through the model.
        var projectOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ModelOptions.Read(options.GlobalOptions));
        var snapshot = context.CompilationProvider
            .Combine(fingerprints)
            .Combine(context.MetadataReferencesProvider.Collect())
            .Combine(projectOptions)
            .Select(static (input, _) => new ContractCompilation(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ContractCompilation)
            .Select(static (contracts, cancellationToken) => ContractSnapshot.Read(contracts, cancellationToken))
            .WithTrackingName(TrackingNames.Snapshot);

        var allSourcesOfTruth = snapshot
            .Select(static (read, _) => read.SourcesOfTruth)
            .WithTrackingName(TrackingNames.AllSourcesOfTruth);

        var allIntegrations = snapshot
            .Select(static (read, _) => Order(read.Integrations))
            .WithTrackingName(TrackingNames.AllIntegrations);

        var registrations = snapshot
            .Select(static (read, _) => read.Registrations)
            .WithTrackingName(TrackingNames.Registrations);

        var exports = snapshot
            .Select(static (read, _) => read.Exports)
            .WithTrackingName(TrackingNames.Exports);

        var target = context.CompilationProvider
            .Select(static (compilation, _) => (
                Name: compilation.AssemblyName ?? string.Empty,
                // The identity's version comes from [AssemblyVersion]; the SDK derives it from $(Version).
                Version: compilation.Assembly.Identity.Version.ToString(),
                Kind: Common.Applications.IsApplication(compilation) ? "application" : "library",
                ReferencesContracts: compilation.GetTypeByMetadataName(ContractSymbols.IntegrationAttributeMetadataName) is not null,
                HasRuntimeReader: compilation.GetTypeByMetadataName(ContractSymbols.Namespace + ".EmbeddedManifest") is not null))
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => (
                RootNamespace: options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) ? rootNamespace : null,
                Embedding: ManifestEmbeddings.Parse(options.GlobalOptions.TryGetValue(ManifestEmbeddings.BuildProperty, out var embedding) ? embedding : null))))
            .Select(static (pair, _) => new ManifestTarget(
                pair.Left.Name,
                // An empty RootNamespace falls back to the assembly name: a global IntegrationManifest would clash across assemblies.
                RootNamespaces.Sanitize(string.IsNullOrWhiteSpace(pair.Right.RootNamespace) ? pair.Left.Name : pair.Right.RootNamespace!),
                pair.Left.ReferencesContracts,
                pair.Left.HasRuntimeReader,
                pair.Left.Version,
                pair.Right.Embedding,
                pair.Left.Kind))
            .WithTrackingName(TrackingNames.Target);

        // The first integration-owners.json, as the analyzers read it.
        var ownersRegistry = context.AdditionalTextsProvider
            .Where(static file => OwnersRegistryFile.IsRegistry(file))
            .Select(static (file, cancellationToken) => ManifestOwners.ReadRegistry(file, cancellationToken))
            .Collect()
            .Select(static (registries, _) => registries.IsDefaultOrEmpty ? EquatableArray<RegistryTeamModel>.Empty : registries[0])
            .WithTrackingName(TrackingNames.OwnersRegistry);

        var decided = allIntegrations
            .Combine(ownersRegistry)
            .Combine(registrations)
            .Select(static (input, _) =>
            {
                var ((declaredModels, registry), observations) = input;
                var withVerdicts = ManifestVerdicts.Decide(declaredModels, registry, new RetryRegistrations(observations));
                return ManifestOwners.Complete(withVerdicts, registry);
            })
            .WithTrackingName(TrackingNames.Verdicts);

        context.RegisterSourceOutput(decided.Combine(allSourcesOfTruth).Combine(exports).Combine(target), static (output, input) =>
        {
            var (((models, declared), exported), manifestTarget) = input;
            if (!manifestTarget.ReferencesContracts)
            {
                return;
            }

            var sourcesOfTruth = OrderSourcesOfTruth(declared, models);
            var json = ManifestJson.Write(manifestTarget, models, sourcesOfTruth, exported);
            switch (manifestTarget.Embedding)
            {
                case ManifestEmbedding.Full:
                    output.AddSource("IntegrationManifest.g.cs", ManifestSource.Write(manifestTarget, json));
                    break;
                case ManifestEmbedding.Redacted:
                    var redacted = ManifestJson.Write(manifestTarget, models.Select(ManifestEmbeddings.Redact).ToList(), sourcesOfTruth, exported);
                    output.AddSource("IntegrationManifest.g.cs", ManifestSource.Write(manifestTarget, redacted));
                    output.AddSource(ManifestChannel.DocumentHintName, ManifestEmbeddings.DocumentFile(json));
                    break;
                default:
                    output.AddSource(ManifestChannel.DocumentHintName, ManifestEmbeddings.DocumentFile(json));
                    break;
            }
        });
    }

    /// <summary>
    /// This assembly's declarations plus those from referenced libraries that its integrations rely on, each once,
    /// ordered by object, process and system.
    /// </summary>
    private static SourceOfTruthModel[] OrderSourcesOfTruth(EquatableArray<SourceOfTruthModel> declared, EquatableArray<IntegrationModel> integrations) =>
        declared
            .Concat(integrations.SelectMany(i => i.ReferencedSourcesOfTruth))
            .Distinct()
            .OrderBy(m => m.Object, StringComparer.Ordinal)
            .ThenBy(m => m.Process ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(m => m.System, StringComparer.Ordinal)
            .ThenBy(m => m.DeclaredOn, StringComparer.Ordinal)
            .ThenBy(m => m.Assembly, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Manifest order: by name, then type, then member (ordinal), so the output does not depend on file order.
    /// A partial type that (wrongly) repeats <c>[Integration]</c> is listed once.
    /// </summary>
    private static EquatableArray<IntegrationModel> Order(EquatableArray<IntegrationModel> models) =>
        new(models
            .Distinct()
            .OrderBy(model => model.Name, StringComparer.Ordinal)
            .ThenBy(model => model.TypeName, StringComparer.Ordinal)
            .ThenBy(model => model.MemberName ?? string.Empty, StringComparer.Ordinal)
            .ToArray());
}
