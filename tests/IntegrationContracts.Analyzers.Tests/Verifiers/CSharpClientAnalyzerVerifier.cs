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

    public sealed class AnalyzerTest : ContractAnalyzerTest<TAnalyzer>
    {
        public AnalyzerTest()
        {
            // No reference pack: the runtime's own assemblies come with ClientLibraries.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(ClientLibraries.References);
        }

        /// <summary>Sets <c>integration_contracts.*</c> options as a project's <c>.globalconfig</c> would.</summary>
        public AnalyzerTest WithGlobalOptions(params (string Key, string Value)[] options)
        {
            var text = "is_global = true\n" + string.Concat(options.Select(option => $"{option.Key} = {option.Value}\n"));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
            return this;
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
