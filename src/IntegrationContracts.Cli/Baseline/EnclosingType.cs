using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Cli.Baseline;

/// <summary>
/// The documentation ID (<c>T:Namespace.Outer.Inner`1</c>) of the type declared around a line of a C# file — what a
/// <c>SuppressMessage</c> target names. Syntax only: nothing is compiled or bound. Files are parsed once.
/// </summary>
internal sealed class EnclosingType
{
    private readonly Dictionary<string, SyntaxTree?> trees = new(StringComparer.Ordinal);

    /// <summary>The type's ID, or <see langword="null"/> when the location is outside every type (an assembly attribute, a non-C# file).</summary>
    public string? At(string file, int line, int column)
    {
        if (!trees.TryGetValue(file, out var tree))
        {
            tree = File.Exists(file) && file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
                ? CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file)
                : null;
            trees[file] = tree;
        }

        if (tree is null || line < 1)
        {
            return null;
        }

        var text = tree.GetText();
        if (line > text.Lines.Count)
        {
            return null;
        }

        var start = text.Lines[line - 1].Start;
        var position = Math.Min(start + Math.Max(column - 1, 0), text.Lines[line - 1].End);
        var type = tree.GetRoot().FindToken(position).Parent?.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return type is null ? null : "T:" + Name(type);
    }

    private static string Name(BaseTypeDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax declaration:
                    var arity = declaration is TypeDeclarationSyntax { TypeParameterList.Parameters.Count: > 0 and var count } ? "`" + count : "";
                    parts.Add(declaration.Identifier.ValueText + arity);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString().Replace(" ", ""));
                    break;
            }
        }

        parts.Reverse();
        return string.Join(".", parts);
    }
}
