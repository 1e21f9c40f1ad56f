using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// What a type's method bodies show (IC0010): the first client it creates (<c>new</c>) or declares a local of, or the
/// first sign of an inbound webhook (<see cref="WebhookReceivers"/>), by position. The type's own syntax is walked
/// once; a node is bound only when its names can denote a client (<see cref="ClientNames"/>) or a webhook sign, so a
/// type of ordinary code is never bound at all. Nested types are their own types and are skipped.
/// </summary>
internal sealed class BodyEvidenceReader(Compilation compilation, ExternalClients clients, DiscoverySymbols discovery)
{
    // Asked per declaration; answered once per file.
    private readonly ConcurrentDictionary<SyntaxTree, bool> _generated = new();

    public Evidence? Find(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        Evidence? first = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            if (_generated.GetOrAdd(declaration.SyntaxTree, tree => GeneratedCode.IsGenerated(tree, compilation, cancellationToken)))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes(child => child == declaration || child is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)))
            {
                var found = node switch
                {
                    BaseObjectCreationExpressionSyntax or VariableDeclaratorSyntax => ClientIn(node, ref model, type, cancellationToken),
                    _ when WebhookReceivers.IsKind(node) => WebhookReceivers.Find(node, model ??= ModelOf(node.SyntaxTree), cancellationToken),
                    _ => null,
                };
                if (found is not null)
                {
                    // Nodes come in source order within a declaration; partial declarations are compared by position.
                    if (first is null || found.ComesBefore(first))
                    {
                        first = found;
                    }

                    break;
                }
            }
        }

        return first;
    }

    private Evidence? ClientIn(SyntaxNode node, ref SemanticModel? model, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        // Names first: binding one node binds its whole method again, and most nodes cannot name a client.
        if (ClientNames.NamesOf(node) is not { } names || !clients.Names.MayNameClient(names))
        {
            return null;
        }

        model ??= ModelOf(node.SyntaxTree);
        var creates = node is BaseObjectCreationExpressionSyntax;
        var clientType = creates
            ? model.GetTypeInfo(node, cancellationToken).Type
            : (model.GetDeclaredSymbol(node, cancellationToken) as ILocalSymbol)?.Type;
        if (clientType is null || clients.MatchUse(clientType) is not { } client
            || CompositionCode.Contains(node, model, ContainingMember(node, model, cancellationToken) ?? type, discovery.CompositionTypes, cancellationToken))
        {
            return null;
        }

        var location = node.GetLocation();
        return creates ? Evidence.Creates(client, location) : Evidence.Uses(client, location);
    }

    /// <summary>The method, constructor or accessor whose body holds the node (composition code is told by its parameters).</summary>
    private static ISymbol? ContainingMember(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    return model.GetDeclaredSymbol(ancestor, cancellationToken);
                case BaseTypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The compiler's shared model for the tree: while analyzers run, the compilation hands out the driver's cached
    /// models (its semantic model provider). The driver may have released a tree's model once the tree's own analysis
    /// ended; then only the few nodes this reader binds are bound again.
    /// </summary>
    [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "A symbol action has no model of its own; the compilation returns the driver's cached one.")]
    private SemanticModel ModelOf(SyntaxTree tree) => compilation.GetSemanticModel(tree);
}
