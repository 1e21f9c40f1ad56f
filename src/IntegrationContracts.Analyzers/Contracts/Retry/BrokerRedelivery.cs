using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Queue-level retry asked for in the consumer's code: the message goes back to the broker to be delivered again —
/// MassTransit <c>context.Redeliver(delay)</c> / <c>Defer</c>, Rebus <c>bus.Advanced.TransportMessage.Defer</c>, Azure
/// Service Bus <c>AbandonMessageAsync</c> (delivered again until the queue's MaxDeliveryCount), RabbitMQ
/// <c>BasicNack</c> / <c>BasicReject</c> with <c>requeue: true</c>. Only calls with these names are bound, and only
/// the broker libraries' own methods count.
/// </summary>
internal static class BrokerRedelivery
{
    private static readonly (string Method, string Namespace)[] Redeliveries =
    {
        ("Redeliver", "MassTransit"),
        ("Defer", "MassTransit"),
        // Rebus: only the transport-message API hands the current message back; IBus.Defer sends a new one later.
        ("Defer", "Rebus.Bus.Advanced"),
        ("AbandonMessageAsync", "Azure.Messaging.ServiceBus"),
        ("BasicNack", "RabbitMQ.Client"),
        ("BasicNackAsync", "RabbitMQ.Client"),
        ("BasicReject", "RabbitMQ.Client"),
        ("BasicRejectAsync", "RabbitMQ.Client"),
    };

    /// <summary>Whether a call's name can be a redelivery: a syntactic filter before binding.</summary>
    public static bool IsCandidateName(string name)
    {
        // The generator's fingerprint asks this for nearly every call: no allocation.
        foreach (var (method, _) in Redeliveries)
        {
            if (method == name)
            {
                return true;
            }
        }

        return false;
    }

    public static RetryEvidence? Find(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            foreach (var call in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = InvokedNames.Of(call);
                if (!IsCandidateName(name)
                    || semanticModel(declaration.SyntaxTree).GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method
                    || !Redeliveries.Any(r => r.Method == method.Name && Common.TypeNames.IsIn(method.ContainingType, r.Namespace))
                    || (method.Name.StartsWith("Basic", StringComparison.Ordinal) && !Requeues(call, method)))
                {
                    continue;
                }

                return RetryEvidence.At(RetryEvidenceKind.MessageRetry, "hands the message back to the broker for another delivery (" + method.ContainingType.Name + "." + method.Name + ")", call.GetLocation());
            }
        }

        return null;
    }

    /// <summary>RabbitMQ's nack and reject put the message back only with <c>requeue: true</c>.</summary>
    private static bool Requeues(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        var requeue = method.Parameters.FirstOrDefault(parameter => parameter.Name == "requeue");
        if (requeue is null)
        {
            return false;
        }

        var arguments = call.ArgumentList.Arguments;
        var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "requeue")
            ?? (requeue.Ordinal < arguments.Count && arguments[requeue.Ordinal].NameColon is null ? arguments[requeue.Ordinal] : null);
        return argument?.Expression.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.TrueLiteralExpression) == true;
    }
}
