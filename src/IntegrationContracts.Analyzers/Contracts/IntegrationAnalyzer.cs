using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Base for rules about one integration: reads the contract of every type and method marked <c>[Integration]</c>
/// and hands it to <see cref="AnalyzeIntegration"/>.
/// </summary>
public abstract class IntegrationAnalyzer : ContractAnalyzer
{
    private protected sealed override void Register(CompilationStartAnalysisContext start, ContractSession session) =>
        start.RegisterSymbolAction(
            symbolContext =>
            {
                if (session.Reader.TryRead(symbolContext.Symbol) is { } contract)
                {
                    AnalyzeIntegration(symbolContext, contract, session);
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method);

    private protected abstract void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractSession session);

    private protected static void ReportOnIdentifier(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, IntegrationContract contract, params object?[] extraArguments)
    {
        var arguments = new object?[extraArguments.Length + 1];
        arguments[0] = contract.DisplayName;
        extraArguments.CopyTo(arguments, 1);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, ContractLocations.IdentifierOf(contract, context.CancellationToken), arguments));
    }
}
