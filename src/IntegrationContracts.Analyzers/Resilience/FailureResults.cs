using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// A catch that hands the failure to its caller, or to the user, as a failure reports it: a failed result returned
/// (<c>SignInResult.Failed</c>, <c>HealthCheckResult.Unhealthy(...)</c>, <c>Result.Fail(...)</c>, an object created with
/// <c>Success = false</c> or an error message, a <c>(false, message)</c> pair), an HTTP error response
/// (<c>BadRequest(...)</c>, <c>Problem(...)</c>, <c>StatusCode(500)</c>), a <c>(null, "message")</c> pair (also through
/// <c>Task.FromResult</c>), or an error shown to the user: a validation error (<c>ModelState.AddModelError(...)</c>),
/// an error message stored for the page (<c>TempData[WellKnownTempData.ErrorMessage] = ...</c>,
/// <c>vm.Errors.Add(...)</c>), a status message created with an error or warning severity, or a write with an error
/// severity (<c>logs.Write(message, EventSeverity.Error)</c>). Recognised by shape, so any result type of the
/// application counts.
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
        System.StringComparer.Ordinal, "Error", "Errors", "ErrorMessage", "ErrorMessages", "ErrorCode", "ErrorCodes", "Failure", "FailureReason");

    /// <summary>Severities, as enum members or constants, at which a failure is reported.</summary>
    private static readonly ImmutableHashSet<string> ReportingSeverities = ImmutableHashSet.Create(
        System.StringComparer.Ordinal, "Error", "Warning", "Critical", "Fatal", "Danger");

    public static bool Reports(SyntaxNode node) => node switch
    {
        ReturnStatementSyntax { Expression: { } returned } => IsFailure(returned),
        InvocationExpressionSyntax invocation => InvokedNames.Of(invocation) == "AddModelError"
            || AddsToErrors(invocation)
            || WritesAtReportingSeverity(invocation),
        AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax stored } assignment =>
            stored.ArgumentList.Arguments.Any(key => NamesAnError(key.Expression)) && IsMessage(assignment.Right),
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.OfType<AssignmentExpressionSyntax>().Any(HasReportingSeverity),
        _ => false,
    };

    /// <summary>
    /// <c>logs.Write(message, EventSeverity.Error)</c>: a message written with a reporting severity; a severity alone
    /// (<c>IsEnabled(LogLevel.Warning)</c>, <c>SetMinimumLevel(LogLevel.Error)</c>) writes nothing.
    /// </summary>
    private static bool WritesAtReportingSeverity(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Any(argument => IsReportingSeverity(argument.Expression))
        && invocation.ArgumentList.Arguments.Any(argument => IsMessage(argument.Expression) || argument.Expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression });

    /// <summary><c>vm.Errors.Add(...)</c>: a message added to a collection of errors the page or the caller shows.</summary>
    private static bool AddsToErrors(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: var errors }
        && errors is MemberAccessExpressionSyntax or IdentifierNameSyntax
        && NamesAnError(errors);

    /// <summary>A key or member whose last name is an error property (<c>WellKnownTempData.ErrorMessage</c>, <c>"ErrorMessage"</c>).</summary>
    private static bool NamesAnError(ExpressionSyntax expression) =>
        (expression is LiteralExpressionSyntax { Token.Value: string text } ? text : LastName(expression)) is { } name && ErrorProperties.Contains(name);

    /// <summary><c>Severity = StatusSeverity.Error</c> in an object initializer.</summary>
    private static bool HasReportingSeverity(AssignmentExpressionSyntax assignment) =>
        assignment.Left is IdentifierNameSyntax { Identifier.ValueText: "Severity" or "Level" or "LogLevel" }
        && IsReportingSeverity(assignment.Right);

    /// <summary><c>EventSeverity.Error</c>, <c>StatusMessageModel.StatusSeverity.Warning</c>: a member of a severity or level.</summary>
    private static bool IsReportingSeverity(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var severity, Expression: var kind }
        && ReportingSeverities.Contains(severity)
        && LastName(kind) is { } name
        && (name.EndsWith("Severity", System.StringComparison.Ordinal) || name.EndsWith("Level", System.StringComparison.Ordinal));

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => null,
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
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } fromResult when InvokedNames.Of(fromResult) == "FromResult" => IsFailure(fromResult.ArgumentList.Arguments[0].Expression),
            InvocationExpressionSyntax invocation => FailureNames.Contains(InvokedNames.Of(invocation)),
            MemberAccessExpressionSyntax member => FailureNames.Contains(member.Name.Identifier.ValueText),
            BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.OfType<AssignmentExpressionSyntax>().Any(SaysFailed),
            TupleExpressionSyntax tuple => tuple.Arguments.Count > 1
                && (tuple.Arguments.Any(a => a.Expression.IsKind(SyntaxKind.FalseLiteralExpression))
                    || (tuple.Arguments.Any(a => a.Expression.IsKind(SyntaxKind.NullLiteralExpression) || a.Expression.IsKind(SyntaxKind.DefaultLiteralExpression))
                        && tuple.Arguments.Any(a => IsMessage(a.Expression)))),
            _ => false,
        };
    }

    /// <summary>A message for the caller: a string literal, an interpolated string, a localized string (<c>Localizer["..."]</c>, <c>.Value</c> of one), or an exception's <c>Message</c>.</summary>
    private static bool IsMessage(ExpressionSyntax expression) =>
        expression is InterpolatedStringExpressionSyntax
        || expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Message" }
        || (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: var localized } && IsMessage(localized))
        || (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Length > 0)
        || (expression is ElementAccessExpressionSyntax access && access.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } key && IsMessage(key));

    private static bool SaysFailed(AssignmentExpressionSyntax assignment) =>
        assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name }
        && ((SuccessFlags.Contains(name) && assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression)) || ErrorProperties.Contains(name));
}
