using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0002 and queue-level retry asked for in a consumer's code: the message goes back to the broker.</summary>
public sealed class IC0002BrokerRedeliveryTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        """;

    [Fact]
    public Task A_rabbitmq_nack_with_requeue_counts_and_without_does_not() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using RabbitMQ.Client;

            [Integration("orders-in")]
            public sealed class OrdersConsumer(IChannel channel)
            {
                public async Task OnFailureAsync(ulong tag) => await channel.BasicNackAsync(tag, multiple: false, requeue: true);
            }

            [Integration("invoices-in")]
            public sealed class {|IC0002:InvoicesConsumer|}(IChannel channel)
            {
                // Dropped (or dead-lettered): not delivered again.
                public async Task OnFailureAsync(ulong tag) => await channel.BasicNackAsync(tag, false, false);
            }
            """);

    [Fact]
    public Task An_azure_service_bus_abandon_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Azure.Messaging.ServiceBus;

            [Integration("shipments-in")]
            public sealed class ShipmentsProcessor
            {
                public async Task OnMessageAsync(ProcessMessageEventArgs args)
                {
                    try { await Handle(args.Message); await args.CompleteMessageAsync(args.Message); }
                    catch (TimeoutException) { await args.AbandonMessageAsync(args.Message); }
                }

                private static Task Handle(ServiceBusReceivedMessage message) => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task A_method_of_the_same_name_on_an_own_type_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Azure.Messaging.ServiceBus;

            public sealed class Inbox { public Task AbandonMessageAsync(string id) => Task.CompletedTask; }

            [Integration("shipments-in")]
            public sealed class {|IC0002:ShipmentsProcessor|}(Inbox inbox)
            {
                public Task OnFailureAsync(string id) => inbox.AbandonMessageAsync(id);
            }
            """);

    [Fact]
    public Task A_delivery_count_compared_with_a_limit_is_retry_state() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            using Azure.Messaging.ServiceBus;

            [Integration("shipments-in")]
            public sealed class ShipmentsProcessor
            {
                private const int MaxDeliveries = 5;

                public Task OnFailureAsync(ProcessMessageEventArgs args) =>
                    args.Message.DeliveryCount < MaxDeliveries
                        ? Task.CompletedTask // left on the queue: delivered again
                        : args.DeadLetterMessageAsync(args.Message);
            }
            """);

    [Fact]
    public Task A_rebus_deferred_new_message_is_not_a_redelivery() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record PaymentTimeout(string OrderId);

            [Integration("payments-in")]
            public sealed class {|IC0002:PaymentSaga|}(Rebus.Bus.IBus bus)
            {
                // A timeout message sent later: nothing is delivered again.
                public Task StartAsync(string orderId) => bus.Defer(TimeSpan.FromMinutes(30), new PaymentTimeout(orderId));
            }
            """);
}
