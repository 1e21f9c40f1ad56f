using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Configuration;

/// <summary>
/// IC0016: a project-wide option (IC0010's) written in a section of an .editorconfig, where it is silently ignored.
/// Reported once per option, for the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MisplacedOptionAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<string> ProjectWideKeys = ImmutableArray.Create(OptionKeys.ExternalClientTypes, OptionKeys.IgnoredTypes, OptionKeys.RetryingCalls);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.MisplacedOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilationContext =>
        {
            var provider = compilationContext.Options.AnalyzerConfigOptionsProvider;
            foreach (var key in ProjectWideKeys)
            {
                provider.GlobalOptions.TryGetValue(key, out var global);
                foreach (var tree in compilationContext.Compilation.SyntaxTrees)
                {
                    // A tree's options include the global ones: only a value the global options do not have is misplaced.
                    if (provider.GetOptions(tree).TryGetValue(key, out var local) && local != global)
                    {
                        compilationContext.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MisplacedOption, Location.None, key));
                        break;
                    }
                }
            }
        });
    }
}
