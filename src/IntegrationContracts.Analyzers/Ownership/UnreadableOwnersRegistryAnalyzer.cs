using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Registry;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Ownership;

/// <summary>IC0015: <c>integration-owners.json</c> is malformed or has the wrong shape; reported at the offending line.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreadableOwnersRegistryAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.UnreadableOwnersRegistry);

    private protected override void Register(CompilationStartAnalysisContext start, ContractModel model) =>
        start.RegisterAdditionalFileAction(fileContext =>
        {
            var file = fileContext.AdditionalFile;
            if (!OwnersRegistryFile.IsRegistry(file)
                || file.GetText(fileContext.CancellationToken) is not { } text
                || OwnersRegistryFile.Read(text) is not { Problem: not null } registry)
            {
                return;
            }

            var line = text.Lines[System.Math.Min(registry.ProblemLine, text.Lines.Count - 1)];
            var location = Location.Create(file.Path, line.Span, new LinePositionSpan(
                new LinePosition(line.LineNumber, 0),
                new LinePosition(line.LineNumber, line.Span.Length)));
            fileContext.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnreadableOwnersRegistry, location, registry.Problem));
        });
}
