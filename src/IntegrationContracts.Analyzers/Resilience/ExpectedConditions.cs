using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// Catches that are not about a failure of the other system: cancellation (shutdown, a caller giving up), input that
/// is not what the code expected (a value that does not parse, an argument out of range — the code decides what to do
/// with it), and filters that state the condition they expect (an entity that already exists). A filter that only
/// lists exception types (<c>when (ex is HttpRequestException || ex is TimeoutException)</c>) is a catch of those
/// types, not an expected condition, and is judged like one.
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
