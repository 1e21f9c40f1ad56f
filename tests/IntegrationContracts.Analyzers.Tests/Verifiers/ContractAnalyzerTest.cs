using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// What every rule test shares, whatever it compiles against: nullable enabled, <c>{|IC0001:Name|}</c> markup naming
/// the rule, and after the expected diagnostics are verified, the check that the manifest's verdicts agree with every
/// rule on the same sources (<see cref="VerdictAgreement"/>).
/// </summary>
public abstract class ContractAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private readonly AgreementCapture _agreement = new();

    protected ContractAnalyzerTest()
    {
        // Markup like {|IC0001:Name|} names the rule; the message is checked by the descriptor tests.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
    }

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        await base.RunImplAsync(cancellationToken);
        await _agreement.AssertAgreementAsync();
    }

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _agreement.Observe(compilation, options);
        return base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
