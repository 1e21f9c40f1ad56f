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
/// type without declared evidence has its method bodies read: the <c>new</c> expressions and local declarations in
/// them whose names can denote a client (<see cref="ClientNames"/>, before anything is bound), and the signs of an inbound webhook (<see cref="WebhookReceivers"/>), through syntax node actions (no operation
/// trees). A type with no evidence of its own may still run an
/// integration (<see cref="Drivers"/>).
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
            start.RegisterSymbolStartAction(
                symbolStart => AnalyzeType(symbolStart, candidates, declarations, drivers, clients, discovery),
                SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(
        SymbolStartAnalysisContext context,
        IntegrationCandidates candidates,
        DeclarationEvidence declarations,
        Drivers drivers,
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
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                // Nodes of nested types belong to those types, not to this one.
                if (!SymbolEqualityComparer.Default.Equals(nodeContext.ContainingSymbol?.ContainingType, type))
                {
                    return;
                }

                // Names first: binding one node binds its whole method again, and most nodes cannot name a client.
                var node = nodeContext.Node;
                if (ClientNames.NamesOf(node) is not { } names || !clients.Names.MayNameClient(names))
                {
                    return;
                }

                var model = nodeContext.SemanticModel;
                var cancellationToken = nodeContext.CancellationToken;
                var creates = node is BaseObjectCreationExpressionSyntax;
                var clientType = creates
                    ? model.GetTypeInfo(node, cancellationToken).Type
                    : (model.GetDeclaredSymbol(node, cancellationToken) as ILocalSymbol)?.Type;
                if (clientType is null || clients.MatchUse(clientType) is not { } client
                    || CompositionCode.Contains(node, model, nodeContext.ContainingSymbol!, discovery.CompositionTypes, cancellationToken))
                {
                    return;
                }

                var location = node.GetLocation();
                body.Offer(creates ? Evidence.Creates(client, location) : Evidence.Uses(client, location));
            },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression,
            SyntaxKind.VariableDeclarator);
        context.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                if (SymbolEqualityComparer.Default.Equals(nodeContext.ContainingSymbol?.ContainingType, type)
                    && WebhookReceivers.Find(nodeContext.Node, nodeContext.SemanticModel, nodeContext.CancellationToken) is { } receives)
                {
                    body.Offer(receives);
                }
            },
            WebhookReceivers.Kinds);
        context.RegisterSymbolEndAction(end =>
        {
            // What the type does itself comes first; failing that, the integration it runs.
            if ((body.First ?? drivers.Find(type)) is { } found && !candidates.IsMarked(type))
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
