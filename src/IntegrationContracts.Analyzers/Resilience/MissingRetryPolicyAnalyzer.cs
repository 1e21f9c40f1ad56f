using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// IC0002: an integration has no retry policy — no <c>[RetryPolicy]</c>, no <c>[NoRetry]</c> and no recognised
/// resilience code. Evidence inside the type (an injected Polly pipeline or policy, or one built with a retry) is
/// decided when the type has been analysed; evidence elsewhere (typed-client registrations, bus configuration)
/// once the whole compilation has been seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRetryPolicyAnalyzer : ContractAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.MissingRetryPolicy, RuleDescriptors.MissingRetryPolicyAfterRegistrations);

    private protected override void Register(CompilationStartAnalysisContext start, ContractSession session)
    {
        var symbols = ResilienceSymbols.Create(start.Compilation);
        var registrations = new RetryRegistrations();
        var deferred = new ConcurrentBag<(IntegrationContract Contract, Location Location)>();

        // Syntax actions with a name filter, not operation actions: operation actions would make the driver build an
        // operation tree for every method body in the project, and only a handful of calls matter here.
        start.RegisterSyntaxNodeAction(
            c =>
            {
                var invocation = (InvocationExpressionSyntax)c.Node;
                if (RetryRegistrations.ObservedMethodNames.Contains(InvokedName(invocation))
                    && c.SemanticModel.GetOperation(invocation, c.CancellationToken) is IInvocationOperation operation)
                {
                    registrations.Observe(operation);
                }
            },
            SyntaxKind.InvocationExpression);
        start.RegisterSyntaxNodeAction(
            c =>
            {
                var creation = (ObjectCreationExpressionSyntax)c.Node;
                if (RightmostName(creation.Type) == "EndpointConfiguration")
                {
                    registrations.ObserveCreation(c.SemanticModel.GetTypeInfo(creation, c.CancellationToken).Type);
                }
            },
            SyntaxKind.ObjectCreationExpression);

        start.RegisterSymbolStartAction(
            typeStart =>
            {
                var type = (INamedTypeSymbol)typeStart.Symbol;
                var pending = IntegrationsWithoutDeclaredRetry(type, session);
                if (pending.Count == 0 || ReceivesPolicy(type, symbols))
                {
                    return;
                }

                var buildsRetry = 0;
                typeStart.RegisterSyntaxNodeAction(
                    c =>
                    {
                        var invocation = (InvocationExpressionSyntax)c.Node;
                        if (ResilienceSymbols.IsRetryBuilderName(InvokedName(invocation))
                            && c.SemanticModel.GetSymbolInfo(invocation, c.CancellationToken).Symbol is IMethodSymbol method
                            && ResilienceSymbols.IsRetryBuilderCall(method))
                        {
                            Interlocked.Exchange(ref buildsRetry, 1);
                        }
                    },
                    SyntaxKind.InvocationExpression);

                typeStart.RegisterSymbolEndAction(end =>
                {
                    if (Volatile.Read(ref buildsRetry) == 1)
                    {
                        return;
                    }

                    var mayBeRegisteredElsewhere = MayBeCoveredByRegistration(type, symbols);
                    foreach (var contract in pending)
                    {
                        var location = ContractLocations.IdentifierOf(contract, end.CancellationToken);
                        if (mayBeRegisteredElsewhere)
                        {
                            deferred.Add((contract, location));
                        }
                        else
                        {
                            end.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MissingRetryPolicy, location, contract.DisplayName));
                        }
                    }
                });
            },
            SymbolKind.NamedType);

        start.RegisterCompilationEndAction(end =>
        {
            foreach (var (contract, location) in deferred)
            {
                if (!registrations.Covers(contract.DeclaringType, symbols))
                {
                    end.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MissingRetryPolicyAfterRegistrations, location, contract.DisplayName));
                }
            }
        });
    }

    private static string InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>The type's own integration and its integration methods that declare no retry contract at any level.</summary>
    private static List<IntegrationContract> IntegrationsWithoutDeclaredRetry(INamedTypeSymbol type, ContractSession session)
    {
        var pending = new List<IntegrationContract>();
        if (session.Reader.TryRead(type) is { Retry: null } typeContract)
        {
            pending.Add(typeContract);
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol && session.Reader.TryRead(member) is { Retry: null } methodContract)
            {
                pending.Add(methodContract);
            }
        }

        return pending;
    }

    /// <summary>A Polly pipeline or policy received from outside: a constructor parameter or a settable (injected) property.</summary>
    private static bool ReceivesPolicy(INamedTypeSymbol type, ResilienceSymbols symbols)
    {
        if (symbols.InjectedPolicies.IsEmpty)
        {
            return false;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (symbols.IsInjectedPolicy(parameter.Type))
                {
                    return true;
                }
            }
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { SetMethod: not null } property && symbols.IsInjectedPolicy(property.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a registration elsewhere could give the type its retry: it is a typed HttpClient, a message consumer or
    /// handler, or it receives a type of this compilation that may be a typed client.
    /// </summary>
    private static bool MayBeCoveredByRegistration(INamedTypeSymbol type, ResilienceSymbols symbols)
    {
        if (symbols.IsMessageHandler(type))
        {
            return true;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.HttpClient)
                    || parameter.Type.DeclaringSyntaxReferences.Length > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
