using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>Every type declared under a namespace, nested types included, walked without recursion.</summary>
internal static class DeclaredTypes
{
    public static IEnumerable<INamedTypeSymbol> In(INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol type)
                {
                    yield return type;
                }
            }
        }
    }
}
