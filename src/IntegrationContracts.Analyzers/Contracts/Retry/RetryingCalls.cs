using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Calls through an abstraction that retries, stated where it is declared: a method (or an interface method) that is
/// not an integration itself but carries <c>[RetryPolicy]</c> — <c>IEventBus.PublishAsync</c> whose broker
/// implementation retries, a shared client's <c>SendAsync</c>. Read from metadata too, so the declaration can live in
/// another project or package. For code the user cannot annotate, the project-wide option
/// <c>integration_contracts.retrying_calls</c> names such methods (<c>Namespace.Type.Method</c> or <c>Type.Method</c>), or
/// every call through a type (<c>Namespace.Type.*</c>: its methods and the extension methods on it — e.g.
/// <c>System.Net.Http.HttpClient.*</c> in a library whose host adds a retrying handler to every HttpClient). A call
/// through a type that a referenced assembly's manifest exports as retrying counts too (<see cref="Exports.ReferencedManifests"/>).
/// </summary>
internal static class RetryingCalls
{
    /// <summary>The methods the option names, from the project-wide (global) options.</summary>
    public static ImmutableHashSet<string> Names(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions? options) =>
        options is not null && options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(Configuration.OptionKeys.RetryingCalls, out var value)
            ? Configuration.ListOption.Split(value).ToImmutableHashSet(StringComparer.Ordinal)
            : ImmutableHashSet<string>.Empty;

    public static RetryEvidence? Find(INamedTypeSymbol type, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> named, Exports.ReferencedManifests imported, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        if (retryPolicy is null && named.IsEmpty && !imported.HasTypes)
        {
            return null;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                model ??= semanticModel(declaration.SyntaxTree);
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                    && !SymbolEqualityComparer.Default.Equals(method.ContainingType, type)
                    && Why(method, retryPolicy, named, imported) is { } why)
                {
                    return RetryEvidence.At(
                        RetryEvidenceKind.RetryingCall,
                        "calls " + method.ContainingType.Name + "." + method.Name + ", " + why,
                        invocation.GetLocation());
                }
            }
        }

        return null;
    }

    private static string? Why(IMethodSymbol method, INamedTypeSymbol? retryPolicy, ImmutableHashSet<string> named, Exports.ReferencedManifests imported)
    {
        if (imported.HasTypes && method.ContainingType is { } containing && !method.IsStatic && ExportedRetry(containing, imported) is { } exported)
        {
            return exported;
        }

        var declared = (method.ReducedFrom ?? method).OriginalDefinition;
        if (retryPolicy is not null && declared.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, retryPolicy)))
        {
            return "declared [RetryPolicy]";
        }

        return !named.IsEmpty && (Names(declared, named) || ((method.ReducedFrom is not null ? method.ReceiverType : Common.ExtensionMembers.ReceiverOf(method)) is INamedTypeSymbol receiver && NamesEveryCallOf(receiver, named)))
            ? "named in " + Configuration.OptionKeys.RetryingCalls
            : null;
    }

    /// <summary>A type a referenced assembly's manifest exports as retrying, as long as none exports an integration behind it that does not.</summary>
    private static string? ExportedRetry(INamedTypeSymbol type, Exports.ReferencedManifests imported)
    {
        string? why = null;
        foreach (var export in imported.Type(type))
        {
            if (export.Export.Retry is { } retry)
            {
                why ??= "which retries in " + export.Assembly + ": " + retry.Description;
            }
            else if (export.Export.Integration is not null)
            {
                return null;
            }
        }

        return why;
    }

    /// <summary><c>Namespace.Type.Method</c>, <c>Type.Method</c>, or every method of the type: <c>Namespace.Type.*</c>, <c>Type.*</c>.</summary>
    private static bool Names(IMethodSymbol declared, ImmutableHashSet<string> named) =>
        declared.ContainingType is { } containing
        && (named.Contains(containing.ToDisplayString() + "." + declared.Name)
            || named.Contains(containing.Name + "." + declared.Name)
            || NamesEveryCallOf(containing, named));

    /// <summary>
    /// Every call through the type retries (<c>System.Net.Http.HttpClient.*</c>): its own methods and the extension
    /// methods on it. A generic type is written as C# displays it (<c>Contoso.Client&lt;T&gt;.*</c>) or by its name.
    /// </summary>
    private static bool NamesEveryCallOf(INamedTypeSymbol type, ImmutableHashSet<string> named) =>
        HasWildcard(named)
        && (named.Contains(type.OriginalDefinition.ToDisplayString() + ".*") || named.Contains(type.Name + ".*"));

    private static bool HasWildcard(ImmutableHashSet<string> named)
    {
        foreach (var name in named)
        {
            if (name.EndsWith(".*", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
