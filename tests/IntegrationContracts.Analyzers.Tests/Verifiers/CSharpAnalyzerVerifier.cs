using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over test sources compiled against .NET 8 and the IntegrationContracts library.
/// Diagnostics are expected through markup: <c>{|IC0001:Name|}</c>.
/// </summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAnalyzerAsync(string source, params string[] additionalSources)
    {
        var test = CreateTest(source, additionalSources);
        return test.RunAsync();
    }

    /// <summary>An expected diagnostic of the analyzer's first descriptor, for tests that need locations or arguments.</summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic();

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
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
        }
    }
}
