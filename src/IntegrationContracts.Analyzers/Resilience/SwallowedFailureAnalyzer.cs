using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Configuration;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0011: a catch in integration code (an <c>[Integration]</c> method, or any member of an <c>[Integration]</c> type)
/// neither rethrows, logs at Warning or above, raises an alert nor hands the exception on (see
/// <see cref="FailureHandlingRecognizer"/>). Catches of an expected condition (<see cref="ExpectedConditions"/>) are not
/// failures.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedFailureAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.SwallowedFailure);

    private protected override void Register(CompilationStartAnalysisContext start, ContractModel model)
    {
        var swallowed = model.SwallowedCatches;

        start.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                var catchClause = (CatchClauseSyntax)nodeContext.Node;
                var semanticModel = nodeContext.SemanticModel;
                // Most catches of a project are outside integrations: ask that first, from the member the driver already
                // knows (GetEnclosingSymbol would bind the whole method body again for a catch outside any integration).
                if (FindIntegration(nodeContext.ContainingSymbol, model) is not { } contract
                    || !swallowed.IsSwallowed(catchClause, semanticModel, nodeContext.CancellationToken))
                {
                    return;
                }

                nodeContext.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.SwallowedFailure, catchClause.CatchKeyword.GetLocation(), contract.DisplayName));
            },
            SyntaxKind.CatchClause);
    }

    /// <summary>The innermost integration the code belongs to: its method, or one of its containing types.</summary>
    private static IntegrationContract? FindIntegration(ISymbol? symbol, ContractModel model)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol or INamedTypeSymbol && model.Contract(current) is { } contract)
            {
                return contract;
            }
        }

        return null;
    }
}
