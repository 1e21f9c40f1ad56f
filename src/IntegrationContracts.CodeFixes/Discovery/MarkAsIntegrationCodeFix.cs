using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.CodeFixes.Discovery;

/// <summary>
/// Fixes IC0010: adds <c>[Integration("&lt;type-name-in-kebab-case&gt;")]</c> to the type, and
/// <c>using IntegrationContracts;</c> when the attribute does not bind in the file yet.
/// </summary>
/// <remarks>
/// Fix All marks every type of a document in one edit. The batch fixer cannot: each single fix inserts the same
/// <c>using</c> at the same place, the merger treats those insertions as conflicting and drops all fixes but one.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkAsIntegrationCodeFix))]
[Shared]
public sealed class MarkAsIntegrationCodeFix : CodeFixProvider
{
    public const string Title = "Mark as integration";

    // Written fully qualified and annotated, then reduced to [Integration(...)] once the import is there.
    private const string QualifiedAttributeName = "IntegrationContracts.Integration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnmarkedIntegration);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            (Document?)await MarkAsync(document, diagnostics.Select(d => d.Location.SourceSpan), context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => MarkAsync(context.Document, new[] { diagnostic.Location.SourceSpan }, cancellationToken),
                    equivalenceKey: nameof(MarkAsIntegrationCodeFix)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> MarkAsync(Document document, IEnumerable<TextSpan> identifiers, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var declarations = identifiers
            .Select(span => root.FindToken(span.Start).Parent as BaseTypeDeclarationSyntax)
            .Where(declaration => declaration is not null)
            .Distinct()
            .ToList();
        if (declarations.Count == 0)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Workspace.Services);
        var needsImport = false;
        foreach (var declaration in declarations)
        {
            needsImport |= !AttributeBinds(model, declaration!.SpanStart);
            var attribute = editor.Generator
                .Attribute(QualifiedAttributeName, editor.Generator.LiteralExpression(IntegrationNames.KebabCase(declaration.Identifier.ValueText)))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            if (needsImport)
            {
                attribute = attribute.WithAdditionalAnnotations(Simplifier.AddImportsAnnotation);
            }

            editor.AddAttribute(declaration, attribute);
        }

        var marked = document.WithSyntaxRoot(editor.GetChangedRoot());
        var options = await LineBreaksOfAsync(document, cancellationToken).ConfigureAwait(false);
        if (needsImport)
        {
            marked = await ImportAdder.AddImportsAsync(marked, Simplifier.AddImportsAnnotation, options, cancellationToken).ConfigureAwait(false);
        }

        marked = await Simplifier.ReduceAsync(marked, Simplifier.Annotation, options, cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(marked, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Whether <c>Integration</c> already names the attribute here (a file, namespace or global using).</summary>
    private static bool AttributeBinds(SemanticModel model, int position) =>
        model.LookupNamespacesAndTypes(position, name: "IntegrationAttribute")
            .OfType<INamedTypeSymbol>()
            .Any(type => type.ToDisplayString() == ContractSymbols.IntegrationAttributeMetadataName);
}
