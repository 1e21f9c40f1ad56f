using IntegrationContracts.Analyzers.Registry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>Base of every contract rule: builds the <see cref="ContractSession"/> once per compilation that references the contracts.</summary>
public abstract class ContractAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var session = ContractSession.TryCreate(
                start.Compilation,
                start.Options,
                text => start.TryGetValue(text, OwnersRegistryFile.Provider, out var file) ? file : null);
            if (session is not null)
            {
                Register(start, session);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext start, ContractSession session);
}
