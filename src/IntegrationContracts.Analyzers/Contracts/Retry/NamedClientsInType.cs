using System;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>The clients a type takes from <c>IHttpClientFactory.CreateClient(name)</c>, by name ("" for <c>CreateClient()</c>).</summary>
internal static class NamedClientsInType
{
    public static EquatableArray<string> Find(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        var names = new System.Collections.Generic.SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var node in declaration.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation || InvokedNames.Of(invocation) != "CreateClient")
                {
                    continue;
                }

                model ??= semanticModel(declaration.SyntaxTree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingNamespace: { } ns } method
                    || ns.ToDisplayString() != "System.Net.Http")
                {
                    continue;
                }

                var arguments = invocation.ArgumentList.Arguments;
                if (arguments.Count == 0)
                {
                    names.Add(string.Empty);
                }
                else if (model.GetConstantValue(arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string name })
                {
                    names.Add(name);
                }
            }
        }

        return names.ToEquatableArray();
    }
}
