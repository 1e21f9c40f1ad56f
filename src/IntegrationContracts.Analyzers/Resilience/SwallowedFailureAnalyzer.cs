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
/// <see cref="FailureHandlingRecognizer"/>). Catches of cancellation, and filtered catches of an expected condition, are
/// not failures.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedFailureAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.SwallowedFailure);

    private protected override void Register(CompilationStartAnalysisContext start, ContractModel model)
    {
        var recognizer = new FailureHandlingRecognizer(model.Symbols.AlertHookInterface);
        var extraMethods = new ListOption(OptionKeys.FailureReportingMethods, start.Options.AnalyzerConfigOptionsProvider);
        var cancellation = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");

        start.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                var catchClause = (CatchClauseSyntax)nodeContext.Node;
                var semanticModel = nodeContext.SemanticModel;
                // A filter states the condition the catch expects (an entity that already exists, a disposed client during
                // shutdown): handling it is not losing a failure.
                if (catchClause.Filter is not null
                    || IsCancellation(catchClause, semanticModel, cancellation, nodeContext.CancellationToken)
                    || FindIntegration(semanticModel.GetEnclosingSymbol(catchClause.SpanStart, nodeContext.CancellationToken), model) is not { } contract
                    || recognizer.Handles(
                        catchClause.Block,
                        catchClause.Declaration is { } declaration ? semanticModel.GetDeclaredSymbol(declaration, nodeContext.CancellationToken) : null,
                        semanticModel,
                        extraMethods.For(catchClause.SyntaxTree),
                        nodeContext.CancellationToken))
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

    /// <summary>Ending quietly on cancellation (shutdown, a caller giving up) is not a lost failure.</summary>
    private static bool IsCancellation(CatchClauseSyntax catchClause, SemanticModel semanticModel, INamedTypeSymbol? cancellation, System.Threading.CancellationToken cancellationToken)
    {
        if (cancellation is null || catchClause.Declaration is null)
        {
            return false;
        }

        for (var type = semanticModel.GetTypeInfo(catchClause.Declaration.Type, cancellationToken).Type; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, cancellation))
            {
                return true;
            }
        }

        return false;
    }
}
