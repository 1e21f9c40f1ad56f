using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.CodeFixes.Editing;

/// <summary>
/// Applies contract edits to one document in one pass — one diagnostic's, or every diagnostic's of a Fix All — then
/// adds <c>using IntegrationContracts;</c> once where it is missing, reduces the qualified names the edits wrote, and
/// formats only what changed with the line breaks the file already uses.
/// </summary>
internal static class ContractEditor
{
    public static async Task<Document> ApplyAsync(Document document, IEnumerable<(TextSpan Span, ContractEdit Edit)> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
        var any = false;
        var needsImport = false;
        foreach (var (span, edit) in edits)
        {
            var target = root.FindNode(span, getInnermostNodeForTie: true);
            edit.Apply(editor, target);
            any = true;
            needsImport |= model is null || !ContractsImported(model, span.Start);
        }

        if (!any)
        {
            return document;
        }

        var edited = document.WithSyntaxRoot(editor.GetChangedRoot());
        var options = await LineBreaksOfAsync(document, cancellationToken).ConfigureAwait(false);
        if (needsImport)
        {
            edited = await ImportAdder.AddImportsAsync(edited, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
        }

        edited = await Simplifier.ReduceAsync(edited, Simplifier.Annotation, options, cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(edited, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the contract attributes' short names already bind here (a file, namespace or global using).</summary>
    private static bool ContractsImported(SemanticModel model, int position)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "IntegrationAttribute"))
        {
            if (symbol is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == ContractEdit.Namespace)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document's options with the line break the file already uses, so an added using matches its lines.</summary>
    private static async Task<OptionSet> LineBreaksOfAsync(Document document, CancellationToken cancellationToken)
    {
        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        foreach (var line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                var lineBreak = text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
                return options.WithChangedOption(FormattingOptions.NewLine, document.Project.Language, lineBreak);
            }
        }

        return options;
    }
}
