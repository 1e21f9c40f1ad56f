using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// Decides whether a catch block handles a failure visibly: it throws, logs at Warning or above, or raises an alert.
/// Loggers are recognised by namespace (Microsoft.Extensions.Logging, including [LoggerMessage] methods, Serilog,
/// NLog, log4net), so no package reference is needed.
/// </summary>
internal sealed class FailureHandlingRecognizer
{
    // Microsoft.Extensions.Logging.LogLevel: Warning = 3, Error = 4, Critical = 5.
    private const int LogLevelWarning = 3;

    private readonly INamedTypeSymbol? _alertHookInterface;

    public FailureHandlingRecognizer(INamedTypeSymbol? alertHookInterface) => _alertHookInterface = alertHookInterface;

    public bool Handles(BlockSyntax block, SemanticModel semanticModel, ImmutableHashSet<string> extraMethods, System.Threading.CancellationToken cancellationToken)
    {
        // Throws first: they need no binding.
        foreach (var node in block.DescendantNodes(IsSameFunction))
        {
            if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                return true;
            }
        }

        foreach (var node in block.DescendantNodes(IsSameFunction))
        {
            if (node is InvocationExpressionSyntax invocation
                && semanticModel.GetSymbolInfo(invocation, cancellationToken) is var info
                && (info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null)) is IMethodSymbol method
                && (ReportsFailure(method, invocation, semanticModel, cancellationToken) || IsExtraMethod(method, extraMethods)))
            {
                return true;
            }
        }

        return false;
    }

    // A throw or log inside a lambda or local function does not run when the catch runs.
    private static bool IsSameFunction(SyntaxNode node) =>
        node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

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
