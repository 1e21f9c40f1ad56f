using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IntegrationContracts.CodeFixes.Editing;

/// <summary>One action a fix offers for a diagnostic. Fix All applies the action with the same key to every diagnostic.</summary>
internal sealed record FixAction(string Title, string EquivalenceKey, ContractEdit Edit);

/// <summary>
/// Base of the contract fixes: a fix says which actions a diagnostic gets (<see cref="ActionsAsync"/>); this class
/// registers them and provides Fix All (document, project, solution), which applies every diagnostic's edit of the
/// chosen action to a document in one pass, so the using is added once and no two fixes conflict.
/// </summary>
public abstract class ContractCodeFix : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var edits = new List<(Microsoft.CodeAnalysis.Text.TextSpan, ContractEdit)>();
            foreach (var diagnostic in diagnostics)
            {
                foreach (var action in await ActionsAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    if (action.EquivalenceKey == context.CodeActionEquivalenceKey)
                    {
                        edits.Add((diagnostic.Location.SourceSpan, action.Edit));
                        break;
                    }
                }
            }

            return await ContractEditor.ApplyAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
        });

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var action in await ActionsAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        action.Title,
                        cancellationToken => ContractEditor.ApplyAsync(context.Document, new[] { (span, action.Edit) }, cancellationToken),
                        action.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private protected abstract Task<IReadOnlyList<FixAction>> ActionsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

    private protected static IReadOnlyList<FixAction> None { get; } = ImmutableArray<FixAction>.Empty;

    /// <summary>The innermost <typeparamref name="TNode"/> at or around the diagnostic's location, or <see langword="null"/>.</summary>
    private protected static async Task<TNode?> SyntaxAtAsync<TNode>(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TNode>();
    }
}
