using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Base for rules about one integration: hands every type and method marked <c>[Integration]</c> to
/// <see cref="AnalyzeIntegration"/> with its contract and its verdicts, both decided once in the <see cref="ContractModel"/>.
/// </summary>
public abstract class IntegrationAnalyzer : ContractAnalyzer
{
    private protected sealed override void Register(CompilationStartAnalysisContext start, ContractModel model) =>
        start.RegisterSymbolAction(
            symbolContext =>
            {
                if (model.Contract(symbolContext.Symbol) is { } contract)
                {
                    AnalyzeIntegration(symbolContext, contract, model);
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method);

    private protected abstract void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract, ContractModel model);

    private protected static void ReportOnIdentifier(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, IntegrationContract contract, params object?[] extraArguments)
    {
        var arguments = new object?[extraArguments.Length + 1];
        arguments[0] = contract.DisplayName;
        extraArguments.CopyTo(arguments, 1);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, ContractLocations.IdentifierOf(contract, context.CancellationToken), arguments));
    }
}
