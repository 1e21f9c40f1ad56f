using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// Catches that are not about a failure of the other system: cancellation (shutdown, a caller giving up), input that
/// is not what the code expected (a value that does not parse, an argument out of range — the code decides what to do
/// with it), and filters that state the condition they expect (an entity that already exists). A filter that only
/// lists exception types (<c>when (ex is HttpRequestException || ex is TimeoutException)</c>) is a catch of those
/// types, not an expected condition, and is judged like one. A cancellation the code's own timeout causes
/// (<c>timeout.CancelAfter(TimeSpan.FromSeconds(20))</c>, <c>new CancellationTokenSource(TimeSpan.FromSeconds(20))</c>
/// in the same method), or one filtered with <c>when (!ct.IsCancellationRequested)</c>, is the other system not
/// answering in time: a failure, judged like any other catch.
/// </summary>
internal sealed class ExpectedConditions
{
    private readonly ImmutableArray<INamedTypeSymbol> _types;

    public ExpectedConditions(Compilation compilation) =>
        _types = new[] { "System.OperationCanceledException", "System.FormatException", "System.ArgumentException", "System.OverflowException" }
            .Select(compilation.GetTypeByMetadataName)
            .OfType<INamedTypeSymbol>()
            .ToImmutableArray();

    public bool Contains(CatchClauseSyntax catchClause, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
    {
        if (IsOwnTimeout(catchClause) || FiltersOutCancellation(catchClause))
        {
            return false;
        }

        if (catchClause.Filter is { } filter)
        {
            if (!OnlyTestsTypes(filter.FilterExpression))
            {
                return true;
            }

            // `when (ex is OperationCanceledException)`: the types it lists decide, like a catch of them.
            var tested = TestedTypes(filter.FilterExpression).Select(t => semanticModel.GetTypeInfo(t, cancellationToken).Type).ToList();
            if (tested.Count > 0 && tested.All(IsExpected))
            {
                return true;
            }
        }

        return catchClause.Declaration is not null && IsExpected(semanticModel.GetTypeInfo(catchClause.Declaration.Type, cancellationToken).Type);
    }

    /// <summary>
    /// A catch of cancellation in a method that sets a timeout on a token source of its own, unfiltered or filtered on
    /// that source (<c>when (timeout.IsCancellationRequested)</c>); a filter on another token (the host's stopping
    /// token) still means shutdown.
    /// </summary>
    private static bool IsOwnTimeout(CatchClauseSyntax catchClause)
    {
        if (catchClause.Declaration is not { } declaration
            || InvokedNames.Of(declaration.Type) is not ("OperationCanceledException" or "TaskCanceledException")
            || catchClause.Ancestors().FirstOrDefault(node => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) is not { } function)
        {
            return false;
        }

        var timeouts = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var node in function.DescendantNodes(node => node == function || InvokedNames.InSameFunction(node)))
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CancelAfter", Expression: var source } })
            {
                timeouts.Add(source.ToString());
            }
            else if (node is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                && (creation is not ObjectCreationExpressionSyntax named || InvokedNames.Of(named.Type) == "CancellationTokenSource")
                && creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable })
            {
                if (creation is ObjectCreationExpressionSyntax || (variable.Parent is VariableDeclarationSyntax { Type: var type } && InvokedNames.Of(type) == "CancellationTokenSource"))
                {
                    timeouts.Add(variable.Identifier.ValueText);
                }
            }
        }

        return timeouts.Count > 0
            && (catchClause.Filter is null
                || catchClause.Filter.FilterExpression.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => timeouts.Contains(name.Identifier.ValueText)));
    }

    /// <summary>
    /// <c>catch (OperationCanceledException) when (!ct.IsCancellationRequested)</c>: the usual way to say "not our
    /// cancellation" — a timeout — so it is judged like any other catch.
    /// </summary>
    private static bool FiltersOutCancellation(CatchClauseSyntax catchClause) =>
        catchClause.Filter?.FilterExpression is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsCancellationRequested" } };

    private bool IsExpected(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_types.Contains(current, SymbolEqualityComparer.Default))
            {
                return true;
            }
        }

        return false;
    }

    private static System.Collections.Generic.IEnumerable<ExpressionSyntax> TestedTypes(ExpressionSyntax filter) =>
        filter.DescendantNodesAndSelf().Select(node => node switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.IsExpression) => binary.Right,
            TypePatternSyntax pattern => pattern.Type,
            DeclarationPatternSyntax pattern => pattern.Type,
            ConstantPatternSyntax { Expression: NameSyntax name } => name,
            _ => null,
        }).OfType<ExpressionSyntax>();

    private static bool OnlyTestsTypes(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => OnlyTestsTypes(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.LogicalAndExpression) =>
            OnlyTestsTypes(binary.Left) && OnlyTestsTypes(binary.Right),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.IsExpression) => true,
        IsPatternExpressionSyntax { Pattern: TypePatternSyntax or DeclarationPatternSyntax or BinaryPatternSyntax or ConstantPatternSyntax } pattern => IsTypeOnly(pattern.Pattern),
        _ => false,
    };

    private static bool IsTypeOnly(PatternSyntax pattern) => pattern switch
    {
        TypePatternSyntax or DeclarationPatternSyntax => true,
        // `ex is HttpRequestException` binds as a constant pattern over a type name.
        ConstantPatternSyntax { Expression: NameSyntax } => true,
        BinaryPatternSyntax binary => IsTypeOnly(binary.Left) && IsTypeOnly(binary.Right),
        ParenthesizedPatternSyntax parenthesized => IsTypeOnly(parenthesized.Pattern),
        _ => false,
    };
}
