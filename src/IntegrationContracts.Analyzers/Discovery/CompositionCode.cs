using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Tells client code from composition code. A client created to be registered in the container or host
/// (<c>services.AddSingleton(new ServiceBusClient(..))</c>, <c>sp =&gt; new BlobServiceClient(..)</c>, a
/// <c>ConfigureServices(IServiceCollection)</c> method) or handed out by a factory (<c>return new HttpClient(..)</c>)
/// is not used where it is created: the type that receives it is the integration.
/// </summary>
/// <remarks>
/// Works on syntax plus the semantic model, for the few nodes that create or declare a client; it asks for no
/// operation trees, which would cost a tree per method body of every analyzed type.
/// </remarks>
internal static class CompositionCode
{
    public static bool Contains(
        SyntaxNode node,
        SemanticModel model,
        ISymbol containingSymbol,
        ImmutableArray<INamedTypeSymbol> compositionTypes,
        CancellationToken cancellationToken)
    {
        if (containingSymbol is IMethodSymbol method && HasCompositionParameter(method, compositionTypes))
        {
            return true;
        }

        // True while the node's value flows unchanged to its parent: a returned one is handed out, not used.
        var handedOn = node is ExpressionSyntax;
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                    continue;
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax when handedOn:
                    return true;
                case LambdaExpressionSyntax lambda when handedOn && lambda.ExpressionBody == current:
                    return true;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
                    when IsCompositionCall(invocation, model, compositionTypes, cancellationToken):
                    return true;
                case AnonymousFunctionExpressionSyntax function
                    when model.GetSymbolInfo(function, cancellationToken).Symbol is IMethodSymbol lambdaSymbol && HasCompositionParameter(lambdaSymbol, compositionTypes):
                    return true;
                case LocalFunctionStatementSyntax local
                    when model.GetDeclaredSymbol(local, cancellationToken) is IMethodSymbol localSymbol && HasCompositionParameter(localSymbol, compositionTypes):
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }

            handedOn = false;
        }

        return false;
    }

    /// <summary>A call on a composition type: an instance call on one, or an extension method that extends one.</summary>
    private static bool IsCompositionCall(
        InvocationExpressionSyntax invocation,
        SemanticModel model,
        ImmutableArray<INamedTypeSymbol> compositionTypes,
        CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        if (method.ReducedFrom is { Parameters.Length: > 0 } extension)
        {
            return DiscoverySymbols.IsOrInherits(extension.Parameters[0].Type, compositionTypes);
        }

        if (method.IsExtensionMethod && method.Parameters.Length > 0)
        {
            return DiscoverySymbols.IsOrInherits(method.Parameters[0].Type, compositionTypes);
        }

        return invocation.Expression is MemberAccessExpressionSyntax access
            && DiscoverySymbols.IsOrInherits(model.GetTypeInfo(access.Expression, cancellationToken).Type, compositionTypes);
    }

    private static bool HasCompositionParameter(IMethodSymbol method, ImmutableArray<INamedTypeSymbol> compositionTypes)
    {
        foreach (var parameter in method.Parameters)
        {
            if (DiscoverySymbols.IsOrInherits(parameter.Type, compositionTypes))
            {
                return true;
            }
        }

        return false;
    }
}
