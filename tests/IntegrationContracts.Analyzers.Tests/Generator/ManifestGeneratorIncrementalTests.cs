using System.Reflection;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>The generator's steps stay cached when an edit does not touch a contract, and re-run when one does.</summary>
public sealed class ManifestGeneratorIncrementalTests
{
    private const string Unrelated = """
        namespace Contoso.Sync;
        public sealed class Helper { public int Add(int a, int b) => a + b; }
        """;

    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetValue(null)!)
        .ToArray();

    [Fact]
    public async Task A_new_declaration_outside_the_contracts_leaves_every_step_after_the_reading_cached()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All.Append(Unrelated));
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);

        // A new type changes the file's declarations: the contracts are read again, and come out the same.
        var edited = ReplaceTree(compilation, Unrelated, Unrelated.Replace("a + b", "b + a") + "\npublic sealed class Another { }");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.NotEmpty(TrackedSteps);
        foreach (var step in TrackedSteps.Except(new[] { TrackingNames.ContractSyntax, TrackingNames.ContractCompilation }))
        {
            var outputs = result.TrackedSteps[step].SelectMany(run => run.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} was {output.Reason} after an unrelated edit."));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public async Task Body_edits_do_not_keep_the_compilation_of_the_last_contract_edit_alive()
    {
        var (driver, latest, first) = await RunOnFirstCompilationAsync();
        for (var edit = 0; edit < 3; edit++)
        {
            latest = ReplaceTree(latest, latest.SyntaxTrees.Single(t => t.ToString().Contains("class Helper")).ToString(), Unrelated.Replace("a + b", $"a + b + {edit}"));
            driver = driver.RunGenerators(latest);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(first.TryGetTarget(out _), "The generator still holds the compilation its contracts were last read from.");
        Assert.Contains("erp-team", driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString());
    }

    // Not inlined: no local of the test method may hold the first compilation.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<(GeneratorDriver Driver, Compilation Latest, WeakReference<Compilation> First)> RunOnFirstCompilationAsync()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All.Append(Unrelated));
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);
        var next = ReplaceTree(compilation, Unrelated, Unrelated.Replace("a + b", "b + a"));
        driver = driver.RunGenerators(next);
        return (driver, next, new WeakReference<Compilation>(compilation));
    }

    [Fact]
    public async Task A_contract_edit_marks_the_integration_modified()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All);
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);

        var edited = ReplaceTree(compilation, Landscape.Orders, Landscape.Orders.Replace("\"erp-team\"", "\"order-team\""));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var snapshot = result.TrackedSteps[TrackingNames.Snapshot].SelectMany(run => run.Outputs).ToList();
        Assert.Contains(snapshot, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.TrackedSteps[TrackingNames.AllIntegrations].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("order-team", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public async Task An_assembly_level_default_edit_reaches_every_integration_that_uses_it()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All);
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);

        var edited = ReplaceTree(compilation, Landscape.Defaults, Landscape.Defaults.Replace("platform-team", "ops-team"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.Snapshot].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("ops-team", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public async Task An_embedding_change_reruns_the_output_but_not_the_contract_reading()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All);
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(GeneratorHarness.BuildOptions("Contoso.Sync", "redacted"))
            .RunGenerators(compilation)
            .GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Snapshot].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains(result.TrackedSteps[TrackingNames.Target].SelectMany(run => run.Outputs),
            output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, source => source.HintName == "IntegrationManifest.Document.g.cs");
    }

    [Fact]
    public async Task An_edit_in_a_method_body_reads_no_contract_again()
    {
        var compilation = await GeneratorHarness.CompileAsync(Landscape.All.Append(Unrelated));
        var driver = GeneratorHarness.CreateDriver("Contoso.Sync").RunGenerators(compilation);

        var edited = ReplaceTree(compilation, Unrelated, Unrelated.Replace("a + b", "a - b"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Nothing is bound again: the file's fingerprint is the same, so the snapshot of the contracts is not re-read.
        Assert.All(result.TrackedSteps[TrackingNames.Snapshot].SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        foreach (var step in new[] { TrackingNames.ContractCompilation, TrackingNames.Registrations, TrackingNames.Verdicts, TrackingNames.AllSourcesOfTruth, TrackingNames.AllIntegrations })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} was {output.Reason} after an edit in an unrelated method body."));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Theory]
    [InlineData("try { await other.SendAsync(message); return; } catch (Exception) { }", "try { await other.SendAsync(message); return; } catch (Exception) { throw; }")] // a failover that now gives up
    [InlineData("await provider.SendAsync(message); return;", "await provider.SendAsync(message);")] // no longer leaves on success
    [InlineData("if (done) break;", "if (result.ShouldRetry) break;")] // a retry flag now checked
    [InlineData("StripeConfiguration.MaxNetworkRetries = 2;", "StripeConfiguration.MaxNetworkRetries = 0;")] // the SDK's retry turned off
    [InlineData("await Task.Yield();", "await timer.WaitForNextTickAsync();")] // a poller's wait
    public void An_edit_that_changes_recognised_retry_changes_the_fingerprint(string before, string after)
    {
        Assert.NotEqual(Fingerprint(before), Fingerprint(after));
    }

    [Fact]
    public void An_edit_retry_recognition_does_not_read_keeps_the_fingerprint() =>
        Assert.Equal(Fingerprint("var total = a + b;"), Fingerprint("var total = a - b;"));

    private static int Fingerprint(string statements) =>
        ContractSyntax.Fingerprint(
            CSharpSyntaxTree.ParseText(
                "class Sender { async System.Threading.Tasks.Task Send() { foreach (var provider in providers) { try { " + statements + " } catch (Exception) { } } } }",
                GeneratorHarness.ParseOptions,
                "Sender.cs"),
            CancellationToken.None);

    private static Compilation ReplaceTree(Compilation compilation, string oldSource, string newSource)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString() == oldSource);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(newSource, GeneratorHarness.ParseOptions, tree.FilePath));
    }
}
