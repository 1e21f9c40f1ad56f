using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Configuration;
using IntegrationContracts.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0011's decision for one catch clause, made once per compilation's settings: the rule reports each swallowed catch
/// of integration code, and the model's failure-handling verdict asks whether an integration has one, with the same
/// recogniser, the same expected conditions and the same <c>failure_reporting_methods</c>.
/// </summary>
internal sealed class SwallowedCatches
{
    private readonly FailureHandlingRecognizer _recognizer;
    private readonly ExpectedConditions _expected;
    private readonly ListOption? _extraMethods;

    public SwallowedCatches(Compilation compilation, INamedTypeSymbol? alertHookInterface, AnalyzerOptions? options)
    {
        _recognizer = new FailureHandlingRecognizer(alertHookInterface);
        _expected = new ExpectedConditions(compilation);
        _extraMethods = options is null ? null : new ListOption(OptionKeys.FailureReportingMethods, options.AnalyzerConfigOptionsProvider);
    }

    /// <summary>Whether the catch neither rethrows, logs at Warning or above, alerts nor hands the failure on, and is not an expected condition.</summary>
    public bool IsSwallowed(CatchClauseSyntax catchClause, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        !_expected.Contains(catchClause, semanticModel, cancellationToken)
        && !_recognizer.Handles(
            catchClause.Block,
            catchClause.Declaration is { } declaration ? Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetDeclaredSymbol(semanticModel, declaration, cancellationToken) : null,
            semanticModel,
            _extraMethods?.For(catchClause.SyntaxTree) ?? ImmutableHashSet<string>.Empty,
            cancellationToken);

    /// <summary>
    /// Whether the integration's own code swallows a failure: a catch in its method, or for a type-level integration in
    /// any member of the type that is not an integration of its own (that one's catches are its own verdict).
    /// </summary>
    public bool AnyIn(IntegrationContract contract, ContractModel model, System.Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var reference in contract.Symbol.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            foreach (var catchClause in declaration.DescendantNodes().OfType<CatchClauseSyntax>())
            {
                var tree = semanticModel(catchClause.SyntaxTree);
                if (BelongsTo(catchClause, contract, model, tree, cancellationToken) && IsSwallowed(catchClause, tree, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The innermost integration of the code the catch is in is this one.</summary>
    private static bool BelongsTo(CatchClauseSyntax catchClause, IntegrationContract contract, ContractModel model, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        for (var current = semanticModel.GetEnclosingSymbol(catchClause.SpanStart, cancellationToken); current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol or INamedTypeSymbol && model.Contract(current) is { } found)
            {
                return SymbolEqualityComparer.Default.Equals(found.Symbol, contract.Symbol);
            }
        }

        return false;
    }
}
