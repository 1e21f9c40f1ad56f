using System.Collections.Immutable;
using System.Reflection;
using IntegrationContracts.Analyzers.Discovery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.RealCode.Scoring;

/// <summary>Every IntegrationContracts analyzer over one compilation, as the compiler runs them (default options, or a team's).</summary>
internal static class AnalyzerRun
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(UnmarkedIntegrationAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The IC findings, the compiler's errors, and any analyzer crash (AD0001), which would otherwise hide a finding.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Findings, int CompilerErrors, string? FirstError, ImmutableArray<Diagnostic> Crashes)> RunAsync(Compilation compilation, AnalyzerOptions options)
    {
        var run = compilation.WithAnalyzers(Analyzers, options);
        var all = await run.GetAllDiagnosticsAsync();
        var crashes = all.Where(d => d.Id == "AD0001").ToImmutableArray();
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("IC", StringComparison.Ordinal)).ToList();
        return (all.Where(d => d.Id.StartsWith("IC", StringComparison.Ordinal)).ToImmutableArray(), errors.Count, errors.FirstOrDefault()?.ToString(), crashes);
    }
}
