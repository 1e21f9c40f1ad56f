using System.Collections.Immutable;
using System.Linq;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Contracts.Retry;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// Decides whether a catch block handles a failure visibly: it throws, logs at Warning or above, raises an alert, hands
/// the exception on (returns it or stores it outside the catch, for the caller or the code after it to report), hands
/// the caller or the user a failure (<see cref="FailureResults"/>), or calls a method of its own type that does one of
/// these (two calls deep). Loggers are recognised by namespace
/// (Microsoft.Extensions.Logging, including [LoggerMessage] methods, Serilog, NLog, log4net) and, for an application's
/// own logging API, by shape: an Error/Warn/Fatal/Critical method of a logger-like type or extension; a call that does
/// not bind is judged by its name rather than taken for a swallow.
/// </summary>
internal sealed class FailureHandlingRecognizer
{
    // Microsoft.Extensions.Logging.LogLevel: Warning = 3, Error = 4, Critical = 5.
    private const int LogLevelWarning = 3;

    private readonly INamedTypeSymbol? _alertHookInterface;

    public FailureHandlingRecognizer(INamedTypeSymbol? alertHookInterface) => _alertHookInterface = alertHookInterface;

    private const int HelperDepth = 2;

    private static readonly ImmutableHashSet<string> ReportingNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Error", "Warn", "Warning", "Fatal", "Critical", "LogError", "LogWarning", "LogCritical", "ErrorFormat", "WarnFormat", "FatalFormat");

    /// <summary>Whether the catch reports the failure; <paramref name="caught"/> is the catch's exception variable, if it names one.</summary>
    public bool Handles(SyntaxNode body, ILocalSymbol? caught, SemanticModel semanticModel, ImmutableHashSet<string> extraMethods, System.Threading.CancellationToken cancellationToken) =>
        Handles(body, caught, semanticModel, extraMethods, HelperDepth, cancellationToken);

    private bool Handles(SyntaxNode body, ILocalSymbol? caught, SemanticModel semanticModel, ImmutableHashSet<string> extraMethods, int depth, System.Threading.CancellationToken cancellationToken)
    {
        // Throws first: they need no binding.
        foreach (var node in body.DescendantNodesAndSelf(InvokedNames.InSameFunction))
        {
            if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                return true;
            }
        }

        foreach (var node in body.DescendantNodesAndSelf(InvokedNames.InSameFunction))
        {
            if ((caught is not null && HandsOn(node, caught, body, semanticModel, cancellationToken))
                || FailureResults.Reports(node)
                || RecordsFailureFlag(node, body, semanticModel, cancellationToken))
            {
                return true;
            }

            if (node is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            var info = semanticModel.GetSymbolInfo(invocation, cancellationToken);
            if ((info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null)) is not IMethodSymbol method)
            {
                // Half-built code, or two versions of one assembly: judge the call by its name rather than call it a swallow.
                if (ReportingNames.Contains(InvokedNames.Of(invocation)))
                {
                    return true;
                }

                continue;
            }

            if (ReportsFailure(method, invocation, semanticModel, cancellationToken)
                || IsExtraMethod(method, extraMethods)
                || LooksLikeLogging(method)
                || (depth > 0 && HelperReports(method, semanticModel, extraMethods, depth, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The exception is handed on: returned (for the caller to report), or stored somewhere that outlives the catch —
    /// a field, a property, a variable declared outside it — for the code after it to report.
    /// </summary>
    private static bool HandsOn(SyntaxNode node, ILocalSymbol caught, SyntaxNode body, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
    {
        switch (node)
        {
            case ReturnStatementSyntax { Expression: { } returned }:
                return Mentions(returned, caught, semanticModel, cancellationToken);
            case AssignmentExpressionSyntax assignment when Mentions(assignment.Right, caught, semanticModel, cancellationToken):
                return Outlives(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, body)
                    || assignment.Left is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax;
            default:
                return false;
        }
    }

    /// <summary>
    /// The catch records that the work failed in a flag that outlives it (<c>hasErrors = true</c>, <c>_succeeded =
    /// false</c>), for the code after it to report: the flag's name says it is about failure or success.
    /// </summary>
    private static bool RecordsFailureFlag(SyntaxNode node, SyntaxNode body, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
    {
        // An object initializer's `Success = true` builds a value; it records nothing.
        if (node is not AssignmentExpressionSyntax { Right: LiteralExpressionSyntax literal, Parent: not InitializerExpressionSyntax } assignment
            || !(literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression)))
        {
            return false;
        }

        var target = semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
        var name = target?.Name.ToUpperInvariant() ?? string.Empty;
        return Outlives(target, body) && (name.Contains("ERROR") || name.Contains("FAIL") || name.Contains("SUCCE"));
    }

    /// <summary>A field, a property, or a variable declared outside the catch: what is stored there is read after it.</summary>
    private static bool Outlives(ISymbol? target, SyntaxNode body) =>
        target is IFieldSymbol or IPropertySymbol
        || (target is ILocalSymbol local && !local.DeclaringSyntaxReferences.Any(r => body.Span.Contains(r.Span)));

    private static bool Mentions(SyntaxNode expression, ILocalSymbol caught, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier =>
            identifier.Identifier.ValueText == caught.Name
            && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, caught));

    /// <summary>A method of the same type, declared in the same file, whose body reports the failure (two calls deep).</summary>
    private bool HelperReports(IMethodSymbol method, SemanticModel semanticModel, ImmutableHashSet<string> extraMethods, int depth, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != semanticModel.SyntaxTree)
            {
                continue; // another file: its semantic model is not ours to ask for
            }

            var body = reference.GetSyntax(cancellationToken) switch
            {
                MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                _ => null,
            };
            if (body is not null && Handles(body, null, semanticModel, extraMethods, depth - 1, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An application's own logging API: an Error/Warn/Fatal/Critical method of a type whose name says it logs, or an
    /// extension method or C# 14 extension member of one (<c>Logger.Error(ex, ...)</c>, <c>_log.Warn(...)</c>).
    /// </summary>
    private static bool LooksLikeLogging(IMethodSymbol method)
    {
        var reduced = method.ReducedFrom ?? method;
        if (!ReportingNames.Contains(reduced.Name))
        {
            return false;
        }

        var receiver = Common.ExtensionMembers.ReceiverOf(method) ?? reduced.ContainingType;
        return receiver is not null && IsLoggerLike(receiver);
    }

    private static bool IsLoggerLike(ITypeSymbol type) =>
        IsLoggerName(type.Name) || type.AllInterfaces.Any(i => IsLoggerName(i.Name));

    /// <summary><c>ILog</c>, <c>Logger</c>, <c>LogManager</c>, <c>AppLog</c>, <c>ILoggingService</c> — PascalCase word "Log", so <c>Catalog</c> is not one.</summary>
    private static bool IsLoggerName(string name)
    {
        var word = name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name.Substring(1) : name;
        return word.StartsWith("Log", System.StringComparison.Ordinal)
            || word.EndsWith("Log", System.StringComparison.Ordinal)
            || word.EndsWith("Logger", System.StringComparison.Ordinal)
            || word.EndsWith("Logging", System.StringComparison.Ordinal);
    }

    private bool ReportsFailure(IMethodSymbol method, InvocationExpressionSyntax invocation, SemanticModel semanticModel, System.Threading.CancellationToken cancellationToken)
    {
        var reduced = method.ReducedFrom ?? method;
        var type = reduced.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        switch (ns)
        {
            case "Microsoft.Extensions.Logging":
                if (reduced.Name is "LogWarning" or "LogError" or "LogCritical")
                {
                    return true;
                }

                if (reduced.Name == "Log" && invocation.ArgumentList.Arguments.Count > 0)
                {
                    return IsWarningOrAbove(semanticModel.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, cancellationToken));
                }

                break;
            case "Serilog":
                if (reduced.Name is "Warning" or "Error" or "Fatal")
                {
                    return true;
                }

                break;
            case "NLog":
            case "log4net":
                if (reduced.Name is "Warn" or "Error" or "Fatal" or "WarnFormat" or "ErrorFormat" or "FatalFormat")
                {
                    return true;
                }

                break;
            case "IntegrationContracts":
                if (type!.Name == "IntegrationAlerts")
                {
                    return true;
                }

                break;
        }

        return IsAlertHookCall(reduced) || IsLoggerMessageAtWarningOrAbove(reduced);
    }

    private bool IsAlertHookCall(IMethodSymbol method)
    {
        if (_alertHookInterface is null || method.Name != "OnFailureAsync" || method.ContainingType is not { } type)
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(type, _alertHookInterface)
            || type.AllInterfaces.Contains(_alertHookInterface, SymbolEqualityComparer.Default);
    }

    /// <summary>A source-generated logging method: <c>[LoggerMessage(Level = LogLevel.Error, ...)]</c>.</summary>
    private static bool IsLoggerMessageAtWarningOrAbove(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "LoggerMessageAttribute" } attributeClass
                || attributeClass.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.Logging")
            {
                continue;
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Level")
                {
                    return IsWarningOrAbove(argument.Value.Value);
                }
            }

            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Enum && argument.Type?.Name == "LogLevel")
                {
                    return IsWarningOrAbove(argument.Value);
                }
            }
        }

        return false;
    }

    private static bool IsWarningOrAbove(object? logLevel) => logLevel is int level && level >= LogLevelWarning && level <= 5;

    private static bool IsWarningOrAbove(Optional<object?> constant) => constant.HasValue && IsWarningOrAbove(constant.Value);

    private static bool IsExtraMethod(IMethodSymbol method, ImmutableHashSet<string> extraMethods)
    {
        if (extraMethods.IsEmpty)
        {
            return false;
        }

        var reduced = method.ReducedFrom ?? method;
        return extraMethods.Contains(reduced.Name)
            || (reduced.ContainingType is { } type && extraMethods.Contains(type.ToDisplayString() + "." + reduced.Name));
    }
}
