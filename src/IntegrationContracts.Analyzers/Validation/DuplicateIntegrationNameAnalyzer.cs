using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Validation;

/// <summary>
/// IC0006: two integrations in one compilation share a name. Linear: integrations are grouped by name as they are
/// found, and each group with more than one member is reported at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateIntegrationNameAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.DuplicateIntegrationName);

    private protected override void Register(CompilationStartAnalysisContext start, ContractModel model)
    {
        var byName = new ConcurrentDictionary<string, ConcurrentBag<(Location Location, string Name)>>(ContractNames.Comparer);

        start.RegisterSymbolAction(
            symbolContext =>
            {
                // Blank names are IC0005's to report.
                if (model.Contract(symbolContext.Symbol) is { Integration.Name: { } name } contract && !string.IsNullOrWhiteSpace(name))
                {
                    byName.GetOrAdd(name.Trim(), _ => new ConcurrentBag<(Location, string)>())
                        .Add((ContractLocations.IdentifierOf(contract, symbolContext.CancellationToken), name.Trim()));
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method);

        start.RegisterCompilationEndAction(endContext =>
        {
            foreach (var group in byName)
            {
                if (group.Value.Count < 2)
                {
                    continue;
                }

                // Report in source order so the output is stable.
                var integrations = group.Value
                    .OrderBy(i => i.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                    .ThenBy(i => i.Location.SourceSpan.Start)
                    .ToList();
                foreach (var (location, name) in integrations)
                {
                    var others = integrations.Select(i => i.Location).Where(other => other != location);
                    endContext.ReportDiagnostic(Diagnostic.Create(
                        RuleDescriptors.DuplicateIntegrationName, location, others, name, integrations.Count));
                }
            }
        });
    }
}
