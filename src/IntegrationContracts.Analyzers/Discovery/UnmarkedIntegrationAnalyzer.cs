using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// IC0010: a type talks to an external system but is not marked <c>[Integration]</c>. The catalog, the options and
/// the look-alike types are resolved once per compilation; each type's declarations are checked first, and only a
/// type without declared evidence has its method bodies read (<see cref="BodyEvidenceReader"/>: names first, and only
/// the few nodes that can name a client or a webhook are bound). A type with no evidence of its own may still run an
/// integration (<see cref="Drivers"/>). One symbol action per type and no syntax node actions: symbol-scoped node
/// actions made the compiler's analyzer driver dispatch every creation, declarator and invocation of the project
/// per type, which cost a realistic build more than everything the rule itself does (docs/performance.md).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmarkedIntegrationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.UnmarkedIntegration);

    private static readonly SymbolDisplayFormat TypeNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ContractSymbols.TryCreate(start.Compilation) is not { } contracts)
            {
                return;
            }

            var discovery = DiscoverySymbols.Create(start.Compilation, contracts.AlertHookInterface);
            if (discovery.IsTestProject)
            {
                return;
            }

            var options = DiscoveryOptions.Read(start.Options.AnalyzerConfigOptionsProvider);
            var clients = ExternalClients.Create(start.Compilation, options.ExtraClientTypes);
            if (clients.IsEmpty)
            {
                return;
            }

            var candidates = new IntegrationCandidates(contracts.Integration, discovery, options.Ignored);
            var declarations = new DeclarationEvidence(clients);
            var drivers = new Drivers(start.Compilation, declarations, candidates);
            var bodies = new BodyEvidenceReader(start.Compilation, clients, discovery);
            start.RegisterSymbolAction(
                symbolContext => AnalyzeType(symbolContext, candidates, declarations, drivers, clients, bodies),
                SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context,
        IntegrationCandidates candidates,
        DeclarationEvidence declarations,
        Drivers drivers,
        ExternalClients clients,
        BodyEvidenceReader bodies)
    {
        if (context.Symbol is not INamedTypeSymbol type || !candidates.IsCandidate(type) || clients.IsCatalogClient(type) || candidates.IsMarked(type))
        {
            return;
        }

        // What the type declares comes first; then what its bodies do; failing both, the integration it runs.
        if ((declarations.Find(type) ?? bodies.Find(type, context.CancellationToken) ?? drivers.Find(type)) is { } found)
        {
            Report(context, type, found);
        }
    }

    private static void Report(SymbolAnalysisContext context, INamedTypeSymbol type, Evidence evidence) =>
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.UnmarkedIntegration,
            IdentifierNear(type, evidence.Location),
            type.ToDisplayString(TypeNameFormat),
            evidence.Description));

    /// <summary>The type's identifier; for a partial type, in the file that shows the evidence, so the fix lands there.</summary>
    private static Location IdentifierNear(INamedTypeSymbol type, Location evidence)
    {
        Location? first = null;
        foreach (var location in type.Locations)
        {
            if (!location.IsInSource)
            {
                continue;
            }

            if (location.SourceTree == evidence.SourceTree)
            {
                return location;
            }

            first ??= location;
        }

        return first ?? Location.None;
    }
}
