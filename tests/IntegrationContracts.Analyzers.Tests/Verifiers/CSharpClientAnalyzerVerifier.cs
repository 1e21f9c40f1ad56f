using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over test sources compiled against the real client libraries (<see cref="ClientLibraries"/>)
/// and the IntegrationContracts library. Diagnostics are expected through markup, <c>{|IC0010:Name|}</c>, or as
/// <see cref="DiagnosticResult"/>s when the message matters.
/// </summary>
public static class CSharpClientAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAnalyzerAsync(string source, params string[] additionalSources) =>
        CreateTest(source, additionalSources).RunAsync();

    public static Task VerifyAnalyzerAsync(string source, DiagnosticResult[] expected, params string[] additionalSources)
    {
        var test = CreateTest(source, additionalSources);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static AnalyzerTest CreateTest(string source, params string[] additionalSources)
    {
        var test = new AnalyzerTest { TestCode = source };
        foreach (var additional in additionalSources)
        {
            test.TestState.Sources.Add(additional);
        }

        return test;
    }

    public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            // No reference pack: the runtime's own assemblies come with ClientLibraries.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(ClientLibraries.References);
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }

        /// <summary>Sets <c>integration_contracts.*</c> options as a project's <c>.globalconfig</c> would.</summary>
        public AnalyzerTest WithGlobalOptions(params (string Key, string Value)[] options)
        {
            var text = "is_global = true\n" + string.Concat(options.Select(option => $"{option.Key} = {option.Value}\n"));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
            return this;
        }

        private readonly AgreementCapture _agreement = new();

        /// <summary>Verifies the expected diagnostics, then that the manifest's verdicts agree with every rule on the same sources.</summary>
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

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
