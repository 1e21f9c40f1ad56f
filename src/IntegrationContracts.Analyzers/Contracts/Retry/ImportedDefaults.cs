using System.Collections.Immutable;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// A call to a method that a referenced assembly's manifest exports as applying HttpClient defaults with a retry (a
/// service-defaults library's <c>AddServiceDefaults</c>, read where it is written instead of taken at its name): it
/// covers every typed and named client of this compilation, as <c>ConfigureHttpClientDefaults</c> here would.
/// </summary>
internal static class ImportedDefaults
{
    /// <summary>Whether a file can call one of the exported methods at all: a text search, so most files are never walked.</summary>
    public static bool MayBeCalledIn(SourceText text, ImmutableHashSet<string> names) =>
        !names.IsEmpty && RegistrationObserver.MentionsAny(text.ToString(), names);

    public static bool IsCandidate(SyntaxNode node, ImmutableHashSet<string> names) =>
        !names.IsEmpty && node is InvocationExpressionSyntax invocation && names.Contains(InvokedNames.Of(invocation));

    public static RegistrationObservation? Observe(SyntaxNode node, Exports.ReferencedManifests imported, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (semanticModel.GetSymbolInfo(node, cancellationToken).Symbol is not IMethodSymbol method
            || imported.Defaults(method.ReducedFrom ?? method) is not { } defaults)
        {
            return null;
        }

        return new RegistrationObservation(
            RegistrationKind.CoversTypedClients,
            EquatableArray<string>.Empty,
            RetryEvidence.At(
                RetryEvidenceKind.HttpClientDefaults,
                method.Name + " (exported by " + defaults.Assembly + ") applies HttpClient defaults: " + defaults.Export.Retry.Description,
                node.GetLocation()));
    }
}
