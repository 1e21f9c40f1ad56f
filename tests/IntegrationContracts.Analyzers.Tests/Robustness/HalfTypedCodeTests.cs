using System.Collections.Immutable;
using System.Reflection;
using IntegrationContracts.Analyzers.Manifest;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IntegrationContracts.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and the generator run over code as it looks while someone is typing: wrong and missing arguments,
/// unknown types, attributes on the wrong targets, unterminated strings and blocks, duplicate partials. None may throw.
/// </summary>
public sealed class HalfTypedCodeTests
{
    private const string Usings = "using System;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing IntegrationContracts;\n";

    public static TheoryData<string, string> HalfTypedSources => new()
    {
        { "wrong argument type", "[Integration(42)] public class A { }" },
        { "missing argument", "[Integration] public class A { }" },
        { "unknown object type", "[Integration(\"x\", Objects = new[] { typeof(Missing) })] public class A { }" },
        { "null objects", "[Integration(\"x\", Source = \"S\", Objects = null)] public class A { } [Integration(\"y\", Objects = new Type[] { null, typeof(int) })] public class B { }" },
        { "owner with wrong types", "[Integration(\"x\")][IntegrationOwner(null, Runbook = 5, Contact = null)] public class A { }" },
        { "retry with wrong types", "[Integration(\"x\")][RetryPolicy(\"three\")] public class A { } [Integration(\"y\")][RetryPolicy(int.MaxValue, Backoff = (RetryBackoff)99, DeadLetter = null)] public class B { }" },
        { "no retry without argument", "[Integration(\"x\")][NoRetry] public class A { } [Integration(\"y\")][NoRetry(null)][RetryPolicy(-1)] public class B { }" },
        { "alert hooks that do not bind", "[Integration(\"x\")][AlertHook(null)][AlertHook(typeof(Missing<>))][AlertHook(typeof(int[]))][AlertHook(typeof(IIntegrationAlertHook))] public class A { }" },
        { "alert hook with wrong audience", "[Integration(\"x\", Objects = new[] { typeof(string) })][AlertHook(typeof(string), Audience = (AlertAudience)7)] public class A { }" },
        { "wrong targets", "public class A { [Integration(\"f\")] int _f; [Integration(\"p\")] int P { get; } } [Integration(\"i\")] public interface I { [Integration(\"m\")] void M(); } [Integration(\"e\")] public enum E { } [Integration(\"d\")] public delegate void D();" },
        { "assembly-level attributes that only belong on types", "[assembly: Integration(\"x\")]\n[assembly: NoRetry(\"\")]\n[assembly: AlertHook(typeof(Missing))]\n[assembly: IntegrationOwner(\"\")]\npublic class A { }" },
        { "unterminated string", "[Integration(\"x)] public class A { }" },
        { "unterminated attribute", "[Integration(\"x\", Source = ] public class A { }" },
        { "unterminated block", "[Integration(\"x\")] public class A { public void M() { try { } catch {" },
        { "catch without block", "[Integration(\"x\")] public class A { public void M() { try { } catch (Exception e) " },
        { "duplicate partial declarations", "[Integration(\"a\")] public partial class P { } [Integration(\"b\")][IntegrationOwner(\"t\")] public partial class P { } [IntegrationOwner(\"u\")] public partial class P { void M() { try { } catch { } } }" },
        { "duplicate attribute", "[Integration(\"a\")][Integration(\"a\")][RetryPolicy(1)][RetryPolicy(2)] public class A { }" },
        { "local function and lambda", "public class A { public void M() { [Integration(\"local\")] void Local() { try { } catch { } } Action a = [Integration(\"lambda\")] () => { }; } }" },
        { "generic nesting", "public class Outer<T> where T : class { [Integration(\"inner\", Objects = new[] { typeof(Outer<>) })] private protected sealed class Inner<U> { [Integration(\"m\")] public void M<V>() { try { } catch { } } } }" },
        { "file-local and records", "[Integration(\"file\")] file sealed class F { } [Integration(\"rec\")] public record R; [Integration(\"rs\")] public record struct RS(int X);" },
        { "top-level statements", "try { } catch { }\n[Integration(\"x\")] public class A { }" },
        { "typeof void and pointers", "[Integration(\"x\", Objects = new[] { typeof(void), typeof(int*), typeof(dynamic) })] public unsafe class A { }" },
        { "missing using", "[Integration(\"x\")] public class A { }".Replace("Integration(", "Missing.Integration(") },
        { "very long and odd strings", "[Integration(\"" + new string('x', 5000) + "\\u0000\\\"\\\\\\n*/\\\"\\\"\\\"\", Source = \"\\ud800\")] public class A { }" },
    };

    [Theory]
    [MemberData(nameof(HalfTypedSources))]
    public async Task No_analyzer_throws(string name, string source)
    {
        var compilation = await CompileAsync(source);
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText("integration-owners.json", "{ \"teams\": [ { \"name\": 1 ] "))),
            onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {exception}"); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers(), options).GetAllDiagnosticsAsync();

        Assert.True(exceptions.Count == 0, $"{name}: analyzers threw:\n{string.Join("\n", exceptions)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    /// <summary>Guards the theory above: the analyzers really run over these compilations and report.</summary>
    [Fact]
    public async Task Analyzers_report_on_half_typed_code()
    {
        var compilation = await CompileAsync("[Integration] public class A { } [Integration(\"x\")][RetryPolicy(0)] public class B { }");
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync();

        Assert.Contains(diagnostics, d => d.Id == "IC0001");
        Assert.Contains(diagnostics, d => d.Id == "IC0005");
    }

    [Theory]
    [MemberData(nameof(HalfTypedSources))]
    public async Task Generator_does_not_throw(string name, string source)
    {
        var compilation = await CompileAsync(source);
        var result = GeneratorHarness.CreateDriver("Contoso").RunGenerators(compilation).GetRunResult();

        Assert.True(result.Results.All(r => r.Exception is null), $"{name}: {result.Results.FirstOrDefault(r => r.Exception is not null).Exception}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8784" or "CS8785");
    }

    private static async Task<Compilation> CompileAsync(string source) =>
        (await GeneratorHarness.CompileAsync(new[] { Usings + source }))
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(ManifestGenerator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
