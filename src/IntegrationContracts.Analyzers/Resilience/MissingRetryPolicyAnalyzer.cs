using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using IntegrationContracts.Analyzers.Contracts;
using IntegrationContracts.Analyzers.Rules;
using Microsoft.CodeAnalysis;
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

        start.RegisterOperationAction(c => registrations.Observe((IInvocationOperation)c.Operation), OperationKind.Invocation);
        start.RegisterOperationAction(c => registrations.ObserveCreation((IObjectCreationOperation)c.Operation), OperationKind.ObjectCreation);

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
                typeStart.RegisterOperationAction(
                    c =>
                    {
                        if (ResilienceSymbols.IsRetryBuilderCall(((IInvocationOperation)c.Operation).TargetMethod))
                        {
                            Interlocked.Exchange(ref buildsRetry, 1);
                        }
                    },
                    OperationKind.Invocation);

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
