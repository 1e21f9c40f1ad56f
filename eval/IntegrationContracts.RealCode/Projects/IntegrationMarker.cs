using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.RealCode.Projects;

/// <summary>
/// Marks the labelled integration classes as a user adopting the package would: [Integration] and
/// an owner with a contact, nothing else. The attributes are inserted on the declaration's own line,
/// so every other line number (the catch labels') stays as it is in the repository.
/// </summary>
internal static class IntegrationMarker
{
    public static AppSolution Mark(AppSolution solution, IReadOnlySet<string> types, out IReadOnlySet<string> marked)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var result = solution.Rewrite((project, tree) =>
        {
            var model = project.Compilation.GetSemanticModel(tree);
            var positions = new List<int>();
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type
                    || !types.Contains(TypeName.Of(type))
                    || type.DeclaringSyntaxReferences[0].GetSyntax() != declaration)
                {
                    continue;
                }

                found.Add(TypeName.Of(type));
                positions.Add(declaration.Modifiers.Count > 0 ? declaration.Modifiers[0].SpanStart : declaration.Keyword.SpanStart);
            }

            if (positions.Count == 0)
            {
                return null;
            }

            var text = tree.GetText();
            var changes = positions.Select(p => new TextChange(new TextSpan(p, 0),
                $"[global::IntegrationContracts.Integration(\"eval-{p}-{Path.GetFileNameWithoutExtension(tree.FilePath)}\"), global::IntegrationContracts.IntegrationOwner(\"eval\", Contact = \"eval@example.com\")] "));
            return tree.WithChangedText(text.WithChanges(changes));
        });
        marked = found;
        return result;
    }
}
