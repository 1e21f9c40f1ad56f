using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Exports;

/// <summary>
/// IC0017: a referenced assembly carries an IntegrationContracts manifest this version cannot read (another schema
/// version, damaged JSON, a malformed export). Reported once per assembly for the compilation; the other rules skip
/// that assembly's exports (<see cref="ReferencedManifests"/>), so a bad reference never crashes a rule or changes a
/// verdict by being misread.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreadableReferencedManifestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.UnreadableReferencedManifest);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilationContext =>
        {
            if (ContractSymbols.TryCreate(compilationContext.Compilation) is null)
            {
                return;
            }

            foreach (var problem in ReferencedManifests.Of(compilationContext.Compilation).Problems)
            {
                compilationContext.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnreadableReferencedManifest, Location.None, problem.Assembly, problem.Reason));
            }
        });
    }
}
