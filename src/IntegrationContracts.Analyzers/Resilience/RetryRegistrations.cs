using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Resilience;

/// <summary>
/// Retry configured away from the integration type, collected from every invocation in the compilation:
/// typed HttpClient registrations chained with a resilience handler, <c>ConfigureHttpClientDefaults</c>,
/// MassTransit <c>UseMessageRetry</c> and NServiceBus <c>Recoverability()</c>.
/// </summary>
internal sealed class RetryRegistrations
{
    /// <summary>HttpClient builder calls that add a retry on their own (AddResilienceHandler only when configured with one).</summary>
    private static readonly string[] RetryingHandlerMethods =
    {
        "AddStandardResilienceHandler",
        "AddStandardHedgingHandler",
        "AddPolicyHandler",
        "AddPolicyHandlerFromRegistry",
        "AddTransientHttpErrorPolicy",
    };

    /// <summary>The method names <see cref="Observe"/> acts on: a syntactic filter so that no other call is bound.</summary>
    public static readonly ImmutableHashSet<string> ObservedMethodNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "AddStandardResilienceHandler",
        "AddStandardHedgingHandler",
        "AddPolicyHandler",
        "AddPolicyHandlerFromRegistry",
        "AddTransientHttpErrorPolicy",
        "AddResilienceHandler",
        "ConfigureHttpClientDefaults",
        "UseMessageRetry",
        "NumberOfRetries");

    private readonly ConcurrentDictionary<ITypeSymbol, bool> _coveredTypes = new(SymbolEqualityComparer.Default);
    private int _defaultsCoverTypedClients;
    private int _nserviceBusRetries;
    private int _nserviceBusEndpoints;

    /// <summary>Whether a type's retry is configured by a registration (typed client, consumer, handler).</summary>
    public bool Covers(INamedTypeSymbol type, ResilienceSymbols symbols)
    {
        if (_coveredTypes.ContainsKey(type.OriginalDefinition))
        {
            return true;
        }

        if (_nserviceBusRetries > 0 && _nserviceBusEndpoints <= 1 && ImplementsNServiceBusHandler(type, symbols))
        {
            return true;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (_defaultsCoverTypedClients > 0 && SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.HttpClient))
                {
                    return true; // a typed client, and ConfigureHttpClientDefaults gives every typed client a retry
                }

                if (_coveredTypes.ContainsKey(parameter.Type.OriginalDefinition))
                {
                    return true; // it receives a typed client whose registration retries
                }
            }
        }

        return false;
    }

    /// <summary>Looks at one invocation whose name is in <see cref="ObservedMethodNames"/>.</summary>
    public void Observe(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "AddStandardResilienceHandler":
            case "AddStandardHedgingHandler":
            case "AddPolicyHandler":
            case "AddPolicyHandlerFromRegistry":
            case "AddTransientHttpErrorPolicy":
                CoverTypedClientsOf(invocation);
                break;
            case "AddResilienceHandler":
                if (ConfigurationCalls(invocation, "AddRetry"))
                {
                    CoverTypedClientsOf(invocation);
                }

                break;
            case "ConfigureHttpClientDefaults":
                if (ConfigurationCalls(invocation, RetryingHandlerMethods)
                    || (ConfigurationCalls(invocation, "AddResilienceHandler") && ConfigurationCalls(invocation, "AddRetry")))
                {
                    System.Threading.Interlocked.Exchange(ref _defaultsCoverTypedClients, 1);
                }

                break;
            case "UseMessageRetry" when IsIn(method, "MassTransit"):
                if (!ConfigurationDisablesRetry(invocation))
                {
                    CoverConsumersConfiguredWith(invocation);
                }

                break;
            case "NumberOfRetries" when IsIn(method, "NServiceBus"):
                if (invocation.Arguments.LastOrDefault()?.Value.ConstantValue is { HasValue: true, Value: int retries } && retries > 0)
                {
                    System.Threading.Interlocked.Exchange(ref _nserviceBusRetries, 1);
                }

                break;
        }
    }

    /// <summary>Counts NServiceBus endpoint configurations: retries tie to handlers only when there is one endpoint.</summary>
    public void ObserveCreation(ITypeSymbol? created)
    {
        if (created is { Name: "EndpointConfiguration" } type && IsIn(type, "NServiceBus"))
        {
            System.Threading.Interlocked.Increment(ref _nserviceBusEndpoints);
        }
    }

    /// <summary>Walks the builder chain down to <c>AddHttpClient&lt;TClient[, TImplementation]&gt;()</c> and covers its type arguments.</summary>
    private void CoverTypedClientsOf(IInvocationOperation invocation)
    {
        for (var current = Receiver(invocation); current is not null; current = Receiver(current))
        {
            if (current.TargetMethod.Name == "AddHttpClient")
            {
                foreach (var typeArgument in current.TargetMethod.TypeArguments)
                {
                    _coveredTypes.TryAdd(typeArgument.OriginalDefinition, true);
                }

                return;
            }
        }
    }

    /// <summary>
    /// Covers the consumers configured next to <c>UseMessageRetry</c>: every <c>AddConsumer&lt;T&gt;</c>,
    /// <c>ConfigureConsumer&lt;T&gt;</c> or <c>Consumer&lt;T&gt;</c> in the same <c>AddMassTransit</c> call (or, without one,
    /// the same method body).
    /// </summary>
    private void CoverConsumersConfiguredWith(IInvocationOperation useMessageRetry)
    {
        IOperation scope = useMessageRetry;
        for (var parent = useMessageRetry.Parent; parent is not null; parent = parent.Parent)
        {
            scope = parent;
            if (parent is IInvocationOperation { TargetMethod.Name: "AddMassTransit" })
            {
                break;
            }
        }

        foreach (var operation in scope.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "AddConsumer" or "ConfigureConsumer" or "Consumer", IsGenericMethod: true } target })
            {
                _coveredTypes.TryAdd(target.TypeArguments[0].OriginalDefinition, true);
            }
        }
    }

    private static IInvocationOperation? Receiver(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance
            ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver as IInvocationOperation;
    }

    /// <summary>Whether a lambda passed to the invocation calls one of the named methods.</summary>
    private static bool ConfigurationCalls(IInvocationOperation invocation, params string[] methodNames)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call => methodNames.Contains(call.TargetMethod.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>r.None()</c> or zero retries in a MassTransit retry configuration turns retry off.</summary>
    private static bool ConfigurationDisablesRetry(IInvocationOperation useMessageRetry) =>
        useMessageRetry.Arguments.SelectMany(argument => argument.Value.DescendantsAndSelf()).OfType<IInvocationOperation>().Any(call =>
            call.TargetMethod.Name == "None"
            || (call.TargetMethod.Name is "Immediate" or "Interval" or "Intervals" or "Incremental" or "Exponential"
                && call.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32)?.Value.ConstantValue is { HasValue: true, Value: 0 }));

    private static bool ImplementsNServiceBusHandler(INamedTypeSymbol type, ResilienceSymbols symbols) =>
        symbols.NServiceBusHandler is { } handler
        && type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, handler));

    private static bool IsIn(ISymbol symbol, string rootNamespace)
    {
        var ns = symbol.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == rootNamespace || ns.StartsWith(rootNamespace + ".", System.StringComparison.Ordinal);
    }
}
