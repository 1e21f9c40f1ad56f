using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Base for rules about one contract attribute wherever it is written: on a method, a type, or the assembly.
/// Assembly attributes are analyzed per <c>[assembly: ...]</c> list (a syntax action), so they show in the IDE
/// like any other and each is reported once.
/// </summary>
public abstract class DeclarationAnalyzer : ContractAnalyzer
{
    private protected sealed override void Register(CompilationStartAnalysisContext start, ContractModel model)
    {
        start.RegisterSymbolAction(
            symbolContext =>
            {
                var declarations = model.Declarations(symbolContext.Symbol);
                if (!declarations.IsEmpty)
                {
                    AnalyzeDeclarations(new DeclarationContext(symbolContext.ReportDiagnostic, model, symbolContext.CancellationToken), declarations);
                }
            },
            SymbolKind.NamedType,
            SymbolKind.Method);

        if (model.Reader.Assembly.IsEmpty)
        {
            return;
        }

        start.RegisterSyntaxNodeAction(
            nodeContext =>
            {
                var list = (AttributeListSyntax)nodeContext.Node;
                if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true)
                {
                    var declarations = WrittenIn(model.Reader.Assembly, list);
                    if (!declarations.IsEmpty)
                    {
                        AnalyzeDeclarations(new DeclarationContext(nodeContext.ReportDiagnostic, model, nodeContext.CancellationToken), declarations);
                    }
                }
            },
            SyntaxKind.AttributeList);
    }

    private protected abstract void AnalyzeDeclarations(DeclarationContext context, ContractDeclarations declarations);

    /// <summary>The assembly-level declarations written inside one <c>[assembly: ...]</c> list.</summary>
    private static ContractDeclarations WrittenIn(ContractDeclarations assembly, AttributeListSyntax list)
    {
        bool Inside(AttributeData attribute) =>
            attribute.ApplicationSyntaxReference is { } reference
            && reference.SyntaxTree == list.SyntaxTree
            && list.Span.Contains(reference.Span);

        var hooks = assembly.AlertHooks.RemoveAll(hook => !Inside(hook.Attribute));
        var sourcesOfTruth = assembly.SourcesOfTruth.RemoveAll(source => !Inside(source.Attribute));
        return new ContractDeclarations(
            assembly.Integration is { } i && Inside(i.Attribute) ? i : null,
            assembly.Owner is { } o && Inside(o.Attribute) ? o : null,
            assembly.RetryPolicy is { } r && Inside(r.Attribute) ? r : null,
            assembly.NoRetry is { } n && Inside(n.Attribute) ? n : null,
            hooks,
            sourcesOfTruth);
    }
}

/// <summary>Where a declaration rule reports, whichever action found the declaration.</summary>
internal readonly struct DeclarationContext(Action<Diagnostic> report, ContractModel model, CancellationToken cancellationToken)
{
    public ContractModel Model { get; } = model;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        report(Diagnostic.Create(descriptor, location, arguments));
}
