using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// A catch that hands the failure to its caller, or to the user, as a failure reports it: a failed result returned
/// (<c>SignInResult.Failed</c>, <c>HealthCheckResult.Unhealthy(...)</c>, <c>Result.Fail(...)</c>, an object created with
/// <c>Success = false</c> or an error message, a <c>(false, message)</c> pair), an HTTP error response
/// (<c>BadRequest(...)</c>, <c>Problem(...)</c>, <c>StatusCode(500)</c>), or a validation error shown on the page
/// (<c>ModelState.AddModelError(...)</c>). Recognised by shape, so any result type of the application counts.
/// </summary>
internal static class FailureResults
{
    private static readonly ImmutableHashSet<string> FailureNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Fail", "Failed", "Failure", "Unhealthy", "Degraded", "BadRequest", "Problem", "ValidationProblem", "StatusCode",
        "Conflict", "UnprocessableEntity", "InternalServerError", "ServiceUnavailable", "AddModelError");

    private static readonly ImmutableHashSet<string> SuccessFlags = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, "Success", "Succeeded", "IsSuccess", "IsSuccessful", "Ok", "IsOk");

    private static readonly ImmutableHashSet<string> ErrorProperties = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, "Error", "Errors", "ErrorMessage", "ErrorCode", "ErrorCodes", "Failure", "FailureReason");

    public static bool Reports(SyntaxNode node) => node switch
    {
        ReturnStatementSyntax { Expression: { } returned } => IsFailure(returned),
        InvocationExpressionSyntax invocation => InvokedNames.Of(invocation) == "AddModelError",
        _ => false,
    };

    private static bool IsFailure(ExpressionSyntax expression)
    {
        while (expression is AwaitExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            expression = expression switch
            {
                AwaitExpressionSyntax awaited => awaited.Expression,
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                _ => ((CastExpressionSyntax)expression).Expression,
            };
        }

        return expression switch
        {
            InvocationExpressionSyntax invocation => FailureNames.Contains(InvokedNames.Of(invocation)),
            MemberAccessExpressionSyntax member => FailureNames.Contains(member.Name.Identifier.ValueText),
            BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.OfType<AssignmentExpressionSyntax>().Any(SaysFailed),
            TupleExpressionSyntax tuple => tuple.Arguments.Count > 1 && tuple.Arguments.Any(a => a.Expression.IsKind(SyntaxKind.FalseLiteralExpression)),
            _ => false,
        };
    }

    private static bool SaysFailed(AssignmentExpressionSyntax assignment) =>
        assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name }
        && ((SuccessFlags.Contains(name) && assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression)) || ErrorProperties.Contains(name));
}
