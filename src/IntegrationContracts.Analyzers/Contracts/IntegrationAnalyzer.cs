using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Base for rules about one integration: resolves the contract symbols once per compilation, reads the
/// contract of every type and method marked <c>[Integration]</c>, and hands it to <see cref="AnalyzeIntegration"/>.
/// </summary>
public abstract class IntegrationAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ContractSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var reader = new ContractReader(symbols, start.Compilation.Assembly);
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    if (reader.TryRead(symbolContext.Symbol) is { } contract)
                    {
                        AnalyzeIntegration(symbolContext, contract);
                    }
                },
                SymbolKind.NamedType,
                SymbolKind.Method);
        });
    }

    private protected abstract void AnalyzeIntegration(SymbolAnalysisContext context, IntegrationContract contract);

    private protected static void ReportOnIdentifier(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, IntegrationContract contract) =>
        context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            ContractLocations.IdentifierOf(contract, context.CancellationToken),
            contract.DisplayName));
}
