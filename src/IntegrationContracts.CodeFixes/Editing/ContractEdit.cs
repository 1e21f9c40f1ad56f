using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace IntegrationContracts.CodeFixes.Editing;

/// <summary>
/// One change a contract fix makes at one diagnostic, applied to a <see cref="SyntaxEditor"/> so that Fix All can make
/// many in one document edit. Attributes are written fully qualified and annotated: <see cref="ContractEditor"/> then
/// adds <c>using IntegrationContracts;</c> only where the short name does not bind yet, reduces the names and formats.
/// </summary>
internal abstract class ContractEdit
{
    public const string Namespace = "IntegrationContracts";

    /// <summary>Applies the edit; <paramref name="target"/> is the syntax the diagnostic points at.</summary>
    public abstract void Apply(SyntaxEditor editor, SyntaxNode target);

    /// <summary>An attribute of the contracts namespace, e.g. <c>IntegrationOwner("team")</c>, ready for <see cref="ContractEditor"/>.</summary>
    public static AttributeSyntax Attribute(string name, string arguments) =>
        SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(Namespace + "." + name),
                arguments.Length == 0 ? null : SyntaxFactory.ParseAttributeArgumentList("(" + arguments + ")"))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

    /// <summary>A C# string literal of <paramref name="value"/>.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Adds an attribute to the type or method the diagnostic's identifier belongs to.</summary>
    public static ContractEdit AddToDeclaration(Func<AttributeSyntax> attribute) => new AddToDeclarationEdit(attribute);

    /// <summary>Adds an <c>[assembly: ...]</c> attribute to the document.</summary>
    public static ContractEdit AddToAssembly(Func<AttributeSyntax> attribute) => new AddToAssemblyEdit(attribute);

    /// <summary>Replaces the node the diagnostic points at (an argument, an attribute).</summary>
    public static ContractEdit Replace<TNode>(Func<TNode, SyntaxNode> replacement)
        where TNode : SyntaxNode => new ReplaceEdit<TNode>(replacement);

    /// <summary>Removes the attribute the diagnostic is in (and its list when it was the only one).</summary>
    public static ContractEdit RemoveAttribute() => new RemoveAttributeEdit();

    /// <summary>The type or method whose identifier a diagnostic about an integration points at.</summary>
    public static SyntaxNode? Declaration(SyntaxNode target) => target.FirstAncestorOrSelf<SyntaxNode>(node => node is BaseTypeDeclarationSyntax or MethodDeclarationSyntax);

    private sealed class AddToDeclarationEdit(Func<AttributeSyntax> attribute) : ContractEdit
    {
        public override void Apply(SyntaxEditor editor, SyntaxNode target)
        {
            if (Declaration(target) is { } declaration)
            {
                editor.AddAttribute(declaration, attribute());
            }
        }
    }

    private sealed class AddToAssemblyEdit(Func<AttributeSyntax> attribute) : ContractEdit
    {
        public override void Apply(SyntaxEditor editor, SyntaxNode target)
        {
            // With the line break the file uses; the formatter adds the blank line before the code.
            var lineBreak = editor.OriginalRoot.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            if (lineBreak == default)
            {
                lineBreak = SyntaxFactory.LineFeed;
            }

            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute()))
                .WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.AssemblyKeyword)))
                .WithTrailingTrivia(lineBreak)
                .WithAdditionalAnnotations(Formatter.Annotation);
            editor.ReplaceNode(editor.OriginalRoot, (root, _) => ((CompilationUnitSyntax)root).AddAttributeLists(list));
        }
    }

    private sealed class ReplaceEdit<TNode>(Func<TNode, SyntaxNode> replacement) : ContractEdit
        where TNode : SyntaxNode
    {
        public override void Apply(SyntaxEditor editor, SyntaxNode target)
        {
            if (target.FirstAncestorOrSelf<TNode>() is { } node)
            {
                editor.ReplaceNode(node, replacement(node).WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation));
            }
        }
    }

    private sealed class RemoveAttributeEdit : ContractEdit
    {
        public override void Apply(SyntaxEditor editor, SyntaxNode target)
        {
            if (target.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax list } attribute)
            {
                editor.RemoveNode(list.Attributes.Count == 1 ? list : attribute, SyntaxRemoveOptions.KeepNoTrivia);
            }
        }
    }
}
