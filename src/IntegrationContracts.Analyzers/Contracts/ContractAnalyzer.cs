using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>Base of every contract rule: registers only for compilations that reference the contracts, with their shared <see cref="ContractModel"/>.</summary>
public abstract class ContractAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (ContractModel.For(start.Compilation, start.Options) is { } model)
            {
                Register(start, model);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext start, ContractModel model);
}
