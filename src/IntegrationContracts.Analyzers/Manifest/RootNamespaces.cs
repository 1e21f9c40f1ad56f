using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Manifest;

/// <summary>Makes the MSBuild RootNamespace (or the assembly name) a namespace C# accepts.</summary>
internal static class RootNamespaces
{
    public static string Sanitize(string value)
    {
        var parts = value.Split('.')
            .Select(part => Identifier(part.Trim()))
            .Where(part => part.Length > 0);
        return string.Join(".", parts);
    }

    private static string Identifier(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        var builder = new StringBuilder(part.Length + 1);
        foreach (var c in part)
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
