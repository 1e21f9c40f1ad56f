using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The generator's cache never serves a stale manifest: after each edit of a sequence (method bodies only, the edits
/// a user makes between contract changes), the manifest of the driver that has seen every earlier edit equals the
/// manifest of a fresh driver on the same code.
/// </summary>
public sealed class ManifestCacheEditSequenceTests
{
    private const string Contracts = """
        using IntegrationContracts;
        [assembly: IntegrationOwner("erp-team", Contact = "erp@contoso.example")]
        namespace Contoso.Sync;

        public static class Resilient
        {
            [RetryPolicy(3)]
            public static void Send(string order) { }
        }

        public static class Plain
        {
            public static void Send(string order) { }
        }
        """;

    private const string Body = "var total = 1;";

    private const string Integration = """
        using System;
        using System.Threading.Tasks;
        namespace Contoso.Sync;

        [IntegrationContracts.Integration("erp-push", Source = "Shop", Target = "ERP")]
        public sealed class ErpPush
        {
            private (bool IsSuccess, int Code) _last;

            public async Task RunAsync()
            {
                BODY
                await Task.CompletedTask;
            }

            private static void Work() { }

            private static (bool IsSuccess, int Code) Check() => (false, 0);
        }
        """;

    /// <summary>Each body, in order, as a user might type them: retry appears, goes, comes back in another shape.</summary>
    public static TheoryData<string[]> Sequences => new()
    {
        new[]
        {
            "Resilient.Send(\"o-1\");",                                   // a call to a [RetryPolicy] method: retry recognised
            "Resilient.Send(\"o-2\");",                                   // only an argument changed
            "Plain.Send(\"o-2\");",                                       // the same call to a method without a policy
            "for (var attempt = 0; attempt < 3; attempt++) { try { Work(); return; } catch (Exception) { await Task.Delay(1000); } }",
            "for (var attempt = 0; attempt < 3; attempt++) { try { Work(); return; } catch (Exception) { throw; } }",
            "var total = 2;",
            "var r = Check(); if (!r.IsSuccess) { await Task.Delay(1000); r = Check(); }",   // a second attempt after a failed result
            "var r = Check(); if (r.IsSuccess) { await Task.Delay(1000); r = Check(); }",    // a test for success: not a retry
            "var r = Check(); if (!r.IsSuccess) { await Task.Delay(1000); r = Check(); }",   // back
            "var r = Check(); if (!r.IsSuccess) { await Task.Delay(1000); }",                // only waits
            "var r = Check(); if (!r.IsSuccess) { await Task.Delay(1000); r = Check(); }",   // back
            "if (!_last.IsSuccess) { await Task.Delay(1000); _last = Check(); }",            // the call before the check is gone
        },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public async Task After_every_body_edit_the_cached_manifest_equals_a_fresh_run(string[] bodies)
    {
        var compilation = await GeneratorHarness.CompileAsync([Contracts, Integration.Replace("BODY", Body)]);
        var cached = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);
        var manifests = new HashSet<string> { Manifest(cached) };

        foreach (var body in bodies)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class ErpPush"));
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Integration.Replace("BODY", body), GeneratorHarness.ParseOptions, tree.FilePath));

            cached = cached.RunGenerators(compilation);
            var fresh = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);
            Assert.True(Manifest(fresh) == Manifest(cached), $"After the edit to `{body}` the cached manifest differs from a fresh run.");
            manifests.Add(Manifest(cached));
        }

        // Not vacuous: the edits changed the retry verdict, so there was something to go stale.
        Assert.True(manifests.Count > 1, "No edit of the sequence changed the manifest.");
    }

    private static string Manifest(GeneratorDriver driver) =>
        string.Join("\n", driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()));
}
