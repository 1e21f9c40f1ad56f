using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Keeps the first compilation the testing framework analyzes for each project (later ones are its variants: a
/// generated-code header, suppression pragmas), so that every rule test also checks <see cref="VerdictAgreement"/>
/// on its own sources.
/// </summary>
internal sealed class AgreementCapture
{
    private readonly Dictionary<string, (Compilation Compilation, AnalyzerOptions Options)> _projects = new(StringComparer.Ordinal);

    public void Observe(Compilation compilation, AnalyzerOptions options)
    {
        lock (_projects)
        {
            _projects.TryAdd(compilation.AssemblyName ?? string.Empty, (compilation, options));
        }
    }

    public async Task AssertAgreementAsync()
    {
        foreach (var (compilation, options) in _projects.Values)
        {
            await VerdictAgreement.AssertAsync(compilation, options);
        }
    }
}
