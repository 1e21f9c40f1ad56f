using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// IC0010: a type talks to an external system but is not marked <c>[Integration]</c>. The catalog, the options and
/// the look-alike types are resolved once per compilation; each type's declarations are checked first, and only a
/// type without declared evidence has its method bodies read (locals and <c>new</c> of client types).
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
            start.RegisterSymbolStartAction(
                symbolStart => AnalyzeType(symbolStart, candidates, declarations, clients, discovery),
                SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(
        SymbolStartAnalysisContext context,
        IntegrationCandidates candidates,
        DeclarationEvidence declarations,
        ExternalClients clients,
        DiscoverySymbols discovery)
    {
        if (context.Symbol is not INamedTypeSymbol type || !candidates.IsCandidate(type) || clients.IsCatalogClient(type))
        {
            return;
        }

        if (declarations.Find(type) is { } declared)
        {
            if (!candidates.IsMarked(type))
            {
                context.RegisterSymbolEndAction(end => Report(end, type, declared));
            }

            return;
        }

        var body = new BodyEvidence();
        context.RegisterOperationAction(
            operationContext =>
            {
                // Operations of nested types belong to those types, not to this one.
                if (!SymbolEqualityComparer.Default.Equals(operationContext.ContainingSymbol.ContainingType, type))
                {
                    return;
                }

                var operation = operationContext.Operation;
                var (clientType, creates) = operation switch
                {
                    IObjectCreationOperation creation => (creation.Type, true),
                    IVariableDeclaratorOperation declarator => (declarator.Symbol.Type, false),
                    _ => (null, false),
                };
                if (clientType is null || clients.MatchUse(clientType) is not { } client
                    || CompositionCode.Contains(operation, operationContext.ContainingSymbol, discovery.CompositionTypes))
                {
                    return;
                }

                var location = operation.Syntax.GetLocation();
                body.Offer(creates ? Evidence.Creates(client, location) : Evidence.Uses(client, location));
            },
            OperationKind.ObjectCreation,
            OperationKind.VariableDeclarator);
        context.RegisterSymbolEndAction(end =>
        {
            if (body.First is { } found && !candidates.IsMarked(type))
            {
                Report(end, type, found);
            }
        });
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

    /// <summary>The first body evidence by position; operation callbacks of one type may run concurrently.</summary>
    private sealed class BodyEvidence
    {
        private readonly object _gate = new();

        public Evidence? First { get; private set; }

        public void Offer(Evidence evidence)
        {
            lock (_gate)
            {
                if (First is null || evidence.ComesBefore(First))
                {
                    First = evidence;
                }
            }
        }
    }
}
