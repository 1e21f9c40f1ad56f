using System.Reflection;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// The receiver of an extension method, classic (<c>static void Error(this ILogger logger, …)</c>) or a C# 14
/// extension member (<c>extension(ILogger logger) { public void Error(…) }</c>). The host compiler (Roslyn 5 in the
/// .NET 10 SDK) gives an extension member a containing type that is the extension block and exposes its receiver as
/// <c>INamedTypeSymbol.ExtensionParameter</c>, an API newer than the Roslyn 4.8 this assembly is built against: it is
/// read through reflection on the interface the host loaded. Older hosts have no such member and
/// nothing changes for them.
/// </summary>
internal static class ExtensionMembers
{
    // Looked up on the interface the host loaded (symbols implement it explicitly); null before Roslyn 5.
    private static readonly PropertyInfo? ExtensionParameter =
        typeof(INamedTypeSymbol).GetProperty("ExtensionParameter", BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The type an extension method or member extends, or <see langword="null"/> for an ordinary method.</summary>
    public static ITypeSymbol? ReceiverOf(IMethodSymbol method)
    {
        var reduced = method.ReducedFrom ?? method;
        if (reduced.IsExtensionMethod && reduced.Parameters.Length > 0)
        {
            return reduced.Parameters[0].Type;
        }

        return ExtensionParameter is not null && method.ContainingType is { } block
            ? (ExtensionParameter.GetValue(block) as IParameterSymbol)?.Type
            : null;
    }
}
