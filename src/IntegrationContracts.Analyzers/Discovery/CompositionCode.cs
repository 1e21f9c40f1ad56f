using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Tells client code from composition code. A client created to be registered in the container or host
/// (<c>services.AddSingleton(new ServiceBusClient(..))</c>, <c>sp =&gt; new BlobServiceClient(..)</c>, a
/// <c>ConfigureServices(IServiceCollection)</c> method) or handed out by a factory (<c>return new HttpClient(..)</c>)
/// is not used where it is created: the type that receives it is the integration.
/// </summary>
internal static class CompositionCode
{
    public static bool Contains(IOperation operation, ISymbol containingSymbol, ImmutableArray<INamedTypeSymbol> compositionTypes)
    {
        if (containingSymbol is IMethodSymbol method && HasCompositionParameter(method, compositionTypes))
        {
            return true;
        }

        var onlyConverted = true;
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                    continue;
                case IReturnOperation when onlyConverted:
                    return true;
                case IArgumentOperation { Parent: IInvocationOperation invocation } when IsCompositionCall(invocation, compositionTypes):
                    return true;
                case IAnonymousFunctionOperation lambda when HasCompositionParameter(lambda.Symbol, compositionTypes):
                    return true;
                case ILocalFunctionOperation local when HasCompositionParameter(local.Symbol, compositionTypes):
                    return true;
            }

            onlyConverted = false;
        }

        return false;
    }

    private static bool IsCompositionCall(IInvocationOperation invocation, ImmutableArray<INamedTypeSymbol> compositionTypes)
    {
        var target = invocation.TargetMethod;
        return DiscoverySymbols.IsOrInherits(invocation.Instance?.Type, compositionTypes)
            || (target.IsExtensionMethod && target.Parameters.Length > 0 && DiscoverySymbols.IsOrInherits(target.Parameters[0].Type, compositionTypes));
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
