using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.CodeFixes.Tests.Verifiers;

/// <summary>
/// Applies a code fix to test sources compiled against .NET 8 and the IntegrationContracts library, and compares the
/// result with the expected text; Fix All (document, project, solution) is checked on the same input.
/// </summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        new CodeFixTest { TestCode = source, FixedCode = fixedSource }.RunAsync();

    /// <summary>
    /// Applies the action with <paramref name="equivalenceKey"/> (single fixes and Fix All in document, project and
    /// solution), with an owners registry as the project's <c>integration-owners.json</c> when given.
    /// </summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string equivalenceKey, string? registry = null) =>
        Create(source, fixedSource, registry, test => test.CodeActionEquivalenceKey = equivalenceKey).RunAsync();

    /// <summary>Applies the action at <paramref name="index"/> among the diagnostic's actions.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, int index, string? registry = null) =>
        Create(source, fixedSource, registry, test => test.CodeActionIndex = index).RunAsync();

    /// <summary>A test whose expected code is unchanged: the diagnostic gets no action.</summary>
    public static Task VerifyNoFixAsync(string source, string? registry = null) =>
        Create(source, source, registry, test => test.FixedState.MarkupHandling = MarkupMode.Allow).RunAsync();

    /// <summary>
    /// A fix that leaves the diagnostic for the author to finish (a placeholder to type into): the fixed code marks the
    /// diagnostics that remain, and the fix is applied once.
    /// </summary>
    public static Task VerifyCodeFixLeavingDiagnosticsAsync(string source, string fixedSource, string equivalenceKey, int fixedDiagnostics = 1) =>
        Create(source, fixedSource, null, test =>
        {
            test.CodeActionEquivalenceKey = equivalenceKey;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.NumberOfIncrementalIterations = fixedDiagnostics;
            test.NumberOfFixAllIterations = 1;
        }).RunAsync();

    /// <summary>
    /// As <see cref="VerifyCodeFixAsync(string, string, string, string?)"/> in a project that references
    /// IntegrationContracts.Hosting (and what its registrations need: DI, HttpClient factory, Polly).
    /// </summary>
    public static Task VerifyHostedCodeFixAsync(string source, string fixedSource, string equivalenceKey) =>
        Create(source, fixedSource, null, test =>
        {
            test.CodeActionEquivalenceKey = equivalenceKey;
            foreach (var reference in HostingReferences)
            {
                test.TestState.AdditionalReferences.Add(reference);
                test.FixedState.AdditionalReferences.Add(reference);
            }
        }).RunAsync();

    /// <summary>A test in a project that references IntegrationContracts.Hosting, whose diagnostic gets no action of this fix.</summary>
    public static Task VerifyHostedNoFixAsync(string source) =>
        Create(source, source, null, test =>
        {
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            foreach (var reference in HostingReferences)
            {
                test.TestState.AdditionalReferences.Add(reference);
                test.FixedState.AdditionalReferences.Add(reference);
            }
        }).RunAsync();

    private static readonly MetadataReference[] HostingReferences = new[]
    {
        typeof(IntegrationContracts.Hosting.IIntegrationPipelines),
        typeof(Microsoft.Extensions.DependencyInjection.IHttpClientBuilder),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Polly.ResiliencePipeline),
    }.Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)).ToArray();

    private static CodeFixTest Create(string source, string fixedSource, string? registry, Action<CodeFixTest> configure)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource };
        if (registry is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/integration-owners.json", registry));
            test.FixedState.AdditionalFiles.Add(("/0/integration-owners.json", registry));
        }

        configure(test);
        return test;
    }

    public sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
            FixedState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
