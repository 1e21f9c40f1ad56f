using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>Shared pieces of the source-of-truth tests: a shared domain library as a second project.</summary>
internal static class SourceOfTruthTestSources
{
    public const string Usings = "using IntegrationContracts;\n";

    /// <summary>Adds a referenced "Contoso.Domain" project, built against the contracts, with the given sources.</summary>
    public static void AddDomainProject<TTest>(TTest test, params string[] sources)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        var domain = new ProjectState("Contoso.Domain", LanguageNames.CSharp, "/Domain/Test", "cs");
        foreach (var source in sources)
        {
            domain.Sources.Add(source);
        }

        domain.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IntegrationAttribute).Assembly.Location));
        test.TestState.AdditionalProjects.Add("Contoso.Domain", domain);
        test.TestState.AdditionalProjectReferences.Add("Contoso.Domain");
    }
}
