using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.CodeFixes.Resilience;

/// <summary>
/// IC0002: appends <c>.AddIntegrationContract("name")</c> to the integration's HttpClient registration in this project (its
/// typed client, or the named client it takes from <c>IHttpClientFactory</c>), when the project references
/// IntegrationContracts.Hosting. The contract then runs: the hosting default retry until a <c>[RetryPolicy]</c> says
/// otherwise, with the owner on its telemetry and its alert hooks on give-up. The edit is in the registration's file, so
/// it is offered one registration at a time (no Fix All): each is a change to how that client runs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApplyContractToRegistrationCodeFix))]
[Shared]
public sealed class ApplyContractToRegistrationCodeFix : CodeFixProvider
{
    private const string Extensions = "Microsoft.Extensions.DependencyInjection.IntegrationContractHttpClientBuilderExtensions";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingRetryPolicy);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        var compilation = await project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (compilation?.GetTypeByMetadataName(Extensions) is null || ContractSymbols.TryCreate(compilation) is not { } symbols || model is null || root is null)
        {
            return;
        }

        var contracts = new ContractReader(symbols, compilation.Assembly);

        foreach (var diagnostic in context.Diagnostics)
        {
            var declaration = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MemberDeclarationSyntax>(node => node is BaseTypeDeclarationSyntax or MethodDeclarationSyntax);
            var symbol = declaration is null ? null : model.GetDeclaredSymbol(declaration, context.CancellationToken);
            var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
            if (type is null || contracts.TryRead(symbol!)?.Integration.Name is not { } name)
            {
                continue;
            }

            foreach (var registration in await RegistrationsAsync(project, compilation, type, context.CancellationToken).ConfigureAwait(false))
            {
                var line = registration.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                var file = System.IO.Path.GetFileName(registration.SyntaxTree.FilePath);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Apply the contract to its HttpClient registration ({file}:{line}): .AddIntegrationContract(\"{name}\")",
                        cancellationToken => ApplyAsync(project.Solution, registration, name, cancellationToken),
                        "IC0002:apply-contract:" + file + ":" + line),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The <c>AddHttpClient</c> calls of the project that register the type as a typed client or register a named client
    /// it creates, and do not apply a contract yet.
    /// </summary>
    private static async Task<IReadOnlyList<InvocationExpressionSyntax>> RegistrationsAsync(Project project, Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var namedClients = NamedClientsInType.Find(type, tree => compilation.GetSemanticModel(tree), cancellationToken);
        var found = new List<InvocationExpressionSyntax>();
        foreach (var document in project.Documents)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (text.ToString().IndexOf("AddHttpClient", System.StringComparison.Ordinal) < 0
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (InvokedNames.Of(invocation) != "AddHttpClient"
                    || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ReturnType.Name: "IHttpClientBuilder" } method
                    || AppliesContract(invocation)
                    || BuilderIsKept(invocation))
                {
                    continue;
                }

                var typed = method.TypeArguments.Any(argument => SymbolEqualityComparer.Default.Equals(argument.OriginalDefinition, type.OriginalDefinition));
                var named = !method.IsGenericMethod
                    && invocation.ArgumentList.Arguments.FirstOrDefault() is { } first
                    && model.GetConstantValue(first.Expression, cancellationToken) is { HasValue: true, Value: string clientName }
                    && namedClients.Contains(clientName);
                if (typed || named)
                {
                    found.Add(invocation);
                }
            }
        }

        return found;
    }

    /// <summary>Whether the builder chain the call starts already applies a contract.</summary>
    private static bool AppliesContract(InvocationExpressionSyntax addHttpClient)
    {
        for (SyntaxNode node = addHttpClient; node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax chained } member && member.Expression == node; node = chained)
        {
            if (member.Name.Identifier.ValueText == ContractPipelines.AddContract)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the builder the chain ends with is kept in a variable or field: it may be configured elsewhere (a contract
    /// applied there would be applied twice), so the registration is left to a person.
    /// </summary>
    private static bool BuilderIsKept(InvocationExpressionSyntax addHttpClient)
    {
        SyntaxNode top = addHttpClient;
        while (top.Parent is MemberAccessExpressionSyntax member && member.Expression == top && member.Parent is InvocationExpressionSyntax chained)
        {
            top = chained;
        }

        return top.Parent is EqualsValueClauseSyntax or AssignmentExpressionSyntax;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, InvocationExpressionSyntax registration, string name, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(registration.SyntaxTree);
        if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root)
        {
            return solution;
        }

        var applied = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, registration.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName(ContractPipelines.AddContract)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))))
            .WithTrailingTrivia(registration.GetTrailingTrivia());
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(registration, applied));
    }
}
