using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Tests.Robustness;

/// <summary>
/// IC0010's body reader (a symbol action) and the contract model ask the analysis compilation for semantic models
/// (RS1030 is suppressed there). That is only free if the compilation hands out the driver's own cached model — the one
/// node actions get — rather than a new model that binds every body again. This checks that premise on the Roslyn the
/// tests run.
/// </summary>
public sealed class SharedSemanticModelTests
{
    [Fact]
    public async Task The_analysis_compilation_hands_out_the_drivers_own_semantic_model()
    {
        var tree = CSharpSyntaxTree.ParseText("public sealed class Invoices { public int Total(int a) { var b = a + 1; return b; } }");
        var compilation = CSharpCompilation.Create(
            "Probe",
            [tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var probe = new ModelProbe();

        await compilation.WithAnalyzers([probe]).GetAnalyzerDiagnosticsAsync();

        Assert.NotEmpty(probe.FromNodes);
        Assert.NotEmpty(probe.FromCompilation);
        Assert.All(probe.FromCompilation, model => Assert.Contains(probe.FromNodes, node => ReferenceEquals(node, model)));
    }

#pragma warning disable RS1030, RS1036, RS1025, RS1026, RS2008 // a probe: it asks exactly what the analyzers ask
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ModelProbe : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("PROBE01", "probe", "probe", "probe", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public ConcurrentBag<SemanticModel> FromNodes { get; } = new();

        public ConcurrentBag<SemanticModel> FromCompilation { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(node => FromNodes.Add(node.SemanticModel), SyntaxKind.VariableDeclarator);
            context.RegisterCompilationStartAction(start => start.RegisterSymbolAction(
                symbol => FromCompilation.Add(start.Compilation.GetSemanticModel(symbol.Symbol.DeclaringSyntaxReferences[0].SyntaxTree)),
                SymbolKind.NamedType));
        }
    }
#pragma warning restore RS1030, RS1036, RS1025, RS1026, RS2008
}
