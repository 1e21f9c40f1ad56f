using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.SourceOfTruth;

/// <summary>
/// IC0008: two declarations name different systems as the source of truth for the same object and process. Every
/// conflicting attribute written in this compilation is reported. Linear: each object's declarations are grouped
/// by process once, at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConflictingSourceOfTruthAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.ConflictingSourceOfTruth);

    private protected override void Register(CompilationStartAnalysisContext start, ContractModel model)
    {
        // Objects that this compilation declares something about (on the type, or at assembly level).
        var objects = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        foreach (var declaration in model.Reader.Assembly.SourcesOfTruth)
        {
            if (declaration.Object is { } obj)
            {
                objects.TryAdd(obj.OriginalDefinition, true);
            }
        }

        start.RegisterSymbolAction(
            symbolContext =>
            {
                if (!model.Declarations(symbolContext.Symbol).SourcesOfTruth.IsEmpty)
                {
                    objects.TryAdd(((ITypeSymbol)symbolContext.Symbol).OriginalDefinition, true);
                }
            },
            SymbolKind.NamedType);

        start.RegisterCompilationEndAction(end =>
        {
            foreach (var obj in objects.Keys)
            {
                ReportConflicts(end, obj, model.SourcesOfTruth.DeclarationsFor(obj), start.Compilation.Assembly);
            }
        });
    }

    private static void ReportConflicts(CompilationAnalysisContext context, ITypeSymbol obj, ImmutableArray<SourceOfTruthDeclaration> declarations, IAssemblySymbol compiled)
    {
        var byProcess = new Dictionary<string, List<SourceOfTruthDeclaration>>(ContractNames.Comparer);
        foreach (var declaration in declarations)
        {
            if (ContractNames.Normalize(declaration.System) is null)
            {
                continue; // a blank system is IC0005's
            }

            var process = ContractNames.Normalize(declaration.Process) ?? string.Empty;
            if (!byProcess.TryGetValue(process, out var group))
            {
                byProcess[process] = group = new List<SourceOfTruthDeclaration>();
            }

            group.Add(declaration);
        }

        foreach (var group in byProcess.Values)
        {
            var systems = group.Select(d => ContractNames.Normalize(d.System)!).Distinct(ContractNames.Comparer).ToList();
            if (systems.Count < 2)
            {
                continue;
            }

            foreach (var declaration in group)
            {
                // Declarations compiled elsewhere (a referenced library) take part, but are reported where they are written.
                if (!SymbolEqualityComparer.Default.Equals(declaration.DeclaringAssembly, compiled)
                    || declaration.Attribute.ApplicationSyntaxReference is null)
                {
                    continue;
                }

                var system = ContractNames.Normalize(declaration.System)!;
                var others = string.Join(", ", systems.Where(s => !ContractNames.Comparer.Equals(s, system)).Select(s => $"'{s}'"));
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleDescriptors.ConflictingSourceOfTruth,
                    ContractLocations.Of(declaration.Attribute, context.CancellationToken),
                    system,
                    obj.Name,
                    ProcessNames.Describe(declaration.Process),
                    others));
            }
        }
    }
}
