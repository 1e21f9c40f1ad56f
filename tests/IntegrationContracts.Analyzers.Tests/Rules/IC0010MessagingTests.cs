using IntegrationContracts.Analyzers.Tests.Discovery;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 over message buses: RabbitMQ, Azure Service Bus, Kafka, MassTransit, NServiceBus and Rebus.</summary>
public sealed class IC0010MessagingTests
{
    private const string Messages = """
        public sealed record OrderPlaced(string OrderNo);
        public sealed record InvoicePosted(string InvoiceNo);
        """;

    [Fact]
    public Task RabbitMQ_7_channel_and_connection_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Threading.Tasks;
            using RabbitMQ.Client;

            public sealed class {|#0:StockLevelPublisher|} : IAsyncDisposable
            {
                private readonly IConnection _connection;
                private readonly IChannel _channel;

                private StockLevelPublisher(IConnection connection, IChannel channel) { _connection = connection; _channel = channel; }

                public static async Task<StockLevelPublisher> ConnectAsync()
                {
                    var factory = new ConnectionFactory { HostName = "rabbit.contoso.example" };
                    IConnection connection = await factory.CreateConnectionAsync();
                    return new StockLevelPublisher(connection, await connection.CreateChannelAsync());
                }

                public async ValueTask DisposeAsync() { await _channel.DisposeAsync(); await _connection.DisposeAsync(); }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("StockLevelPublisher", "uses IConnection (RabbitMQ)") });

    [Fact]
    public Task RabbitMQ_connection_factory_alone_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using RabbitMQ.Client;

            public sealed class {|IC0010:ReturnsListener|}
            {
                public async Task ListenAsync()
                {
                    var factory = new ConnectionFactory { HostName = "rabbit.contoso.example" };
                    await using var connection = await factory.CreateConnectionAsync();
                }
            }
            """);

    [Fact]
    public Task RabbitMQ_6_IModel_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using RabbitMQ.Client;

            public sealed class {|#0:LegacyOrderPublisher|}(IModel channel)
            {
                public void Acknowledge(ulong tag) => channel.BasicAck(tag, multiple: false);
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("LegacyOrderPublisher", "uses IModel (RabbitMQ)") },
            LibraryStubs.RabbitMqModel);

    [Fact]
    public Task Reading_a_RabbitMQ_delivery_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Text;
            using RabbitMQ.Client.Events;

            public static class DeliveryText
            {
                public static string Read(BasicDeliverEventArgs delivery) => Encoding.UTF8.GetString(delivery.Body.Span);
            }
            """);

    [Fact]
    public Task Azure_Service_Bus_sender_is_reported_with_its_family() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;

            public sealed class {|#0:InvoiceOutbox|}(ServiceBusSender sender)
            {
                public Task SendAsync(string invoiceNo) => sender.SendMessageAsync(new ServiceBusMessage(invoiceNo));
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("InvoiceOutbox", "uses ServiceBusSender (Azure Service Bus)") });

    [Fact]
    public Task Azure_Service_Bus_client_receiver_and_processors_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;

            public sealed class {|IC0010:ReturnsImport|}
            {
                private readonly ServiceBusClient _client = new("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=y");
            }

            public sealed class {|IC0010:DeadLetterDrain|}(ServiceBusReceiver receiver)
            {
                public Task<ServiceBusReceivedMessage> NextAsync() => receiver.ReceiveMessageAsync();
            }

            public sealed class {|IC0010:OrderQueueWorker|}
            {
                private ServiceBusProcessor? _processor;
                public Task StartAsync(ServiceBusClient client)
                {
                    _processor = client.CreateProcessor("orders");
                    _processor.ProcessMessageAsync += args => args.CompleteMessageAsync(args.Message);
                    _processor.ProcessErrorAsync += _ => Task.CompletedTask;
                    return _processor.StartProcessingAsync();
                }
            }

            public sealed class {|IC0010:SessionOrderWorker|}(ServiceBusSessionProcessor processor)
            {
                public Task StartAsync() => processor.StartProcessingAsync();
            }
            """);

    [Fact]
    public Task Mapping_Service_Bus_messages_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Azure.Messaging.ServiceBus;

            public sealed class OrderMessageMapper
            {
                public ServiceBusMessage ToMessage(string orderNo) => new(orderNo) { Subject = "order-placed" };
                public string FromMessage(ServiceBusReceivedMessage message) => message.Body.ToString();
            }
            """);

    [Fact]
    public Task Kafka_producer_is_reported_with_its_type_arguments() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Confluent.Kafka;

            public sealed class {|#0:PriceChangeProducer|}
            {
                private readonly IProducer<string, string> _producer =
                    new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = "kafka:9092" }).Build();

                public Task PublishAsync(string sku, string price) =>
                    _producer.ProduceAsync("price-changes", new Message<string, string> { Key = sku, Value = price });
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("PriceChangeProducer", "uses IProducer<string, string> (Kafka)") });

    [Fact]
    public Task Kafka_consumer_in_a_local_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading;
            using Confluent.Kafka;

            public sealed class {|IC0010:ShipmentEventsReader|}
            {
                public void Run(CancellationToken cancellationToken)
                {
                    using IConsumer<Ignore, string> consumer = new ConsumerBuilder<Ignore, string>(new ConsumerConfig { GroupId = "erp", BootstrapServers = "kafka:9092" }).Build();
                    consumer.Subscribe("shipments");
                    while (!cancellationToken.IsCancellationRequested) { consumer.Consume(cancellationToken); }
                }
            }
            """);

    [Fact]
    public Task Kafka_message_model_alone_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Confluent.Kafka;

            public static class PriceChangeMessages
            {
                public static Message<string, string> Create(string sku, decimal price) => new() { Key = sku, Value = price.ToString() };
            }
            """);

    [Fact]
    public Task MassTransit_consumer_is_reported_as_consuming_its_message() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using MassTransit;

            public sealed class {|#0:OrderPlacedConsumer|} : IConsumer<OrderPlaced>
            {
                public Task Consume(ConsumeContext<OrderPlaced> context) => Task.CompletedTask;
            }
            """ + Messages,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("OrderPlacedConsumer", "consumes OrderPlaced via MassTransit") });

    [Fact]
    public Task MassTransit_consumer_through_an_abstract_generic_base_reports_the_concrete_consumer_only() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using MassTransit;

            public abstract class AuditedConsumer<T> : IConsumer<T> where T : class
            {
                public Task Consume(ConsumeContext<T> context) => HandleAsync(context.Message);
                protected abstract Task HandleAsync(T message);
            }

            public sealed class {|#0:InvoicePostedConsumer|} : AuditedConsumer<InvoicePosted>
            {
                protected override Task HandleAsync(InvoicePosted message) => Task.CompletedTask;
            }
            """ + Messages,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("InvoicePostedConsumer", "consumes InvoicePosted via MassTransit") });

    [Fact]
    public Task MassTransit_publish_endpoint_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using MassTransit;

            public sealed class {|#0:CheckoutService|}(IPublishEndpoint bus)
            {
                public Task CompleteAsync(string orderNo) => bus.Publish(new OrderPlaced(orderNo));
            }
            """ + Messages,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("CheckoutService", "uses IPublishEndpoint (MassTransit)") });

    [Fact]
    public Task MassTransit_bus_send_endpoint_provider_and_request_client_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using MassTransit;

            public sealed class {|IC0010:BusFacade|}(IBus bus) { }
            public sealed class {|IC0010:CommandSender|}(ISendEndpointProvider endpoints) { }
            public sealed class {|IC0010:StockQuery|}(IRequestClient<OrderPlaced> client) { }
            """ + Messages);

    [Fact]
    public Task A_method_that_only_reads_a_MassTransit_context_is_not_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using MassTransit;

            public static class ConsumeContextLog
            {
                public static string Describe(ConsumeContext<OrderPlaced> context) => context.Message.OrderNo + " " + context.MessageId;
            }
            """ + Messages);

    [Fact]
    public Task NServiceBus_handler_is_reported_as_handling_its_message() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using NServiceBus;

            public sealed class {|#0:BillOrderHandler|} : IHandleMessages<OrderPlaced>
            {
                public Task Handle(OrderPlaced message, IMessageHandlerContext context) => context.Publish(new InvoicePosted(message.OrderNo));
            }
            """ + Messages,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("BillOrderHandler", "handles OrderPlaced via NServiceBus") },
            LibraryStubs.NServiceBus);

    [Fact]
    public Task NServiceBus_message_session_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using NServiceBus;

            public sealed class {|IC0010:OrderController|}(IMessageSession session)
            {
                public Task PlaceAsync(string orderNo) => session.Publish(new OrderPlaced(orderNo));
            }
            """ + Messages,
            LibraryStubs.NServiceBus);

    [Fact]
    public Task Rebus_handler_is_reported_as_handling_its_message() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Rebus.Handlers;

            public sealed class {|#0:InvoiceArchiver|} : IHandleMessages<InvoicePosted>
            {
                public Task Handle(InvoicePosted message) => Task.CompletedTask;
            }
            """ + Messages,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("InvoiceArchiver", "handles InvoicePosted via Rebus") });

    [Fact]
    public Task Rebus_bus_is_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using Rebus.Bus;

            public sealed class {|IC0010:ReorderTrigger|}(IBus bus)
            {
                public Task TriggerAsync(string orderNo) => bus.Send(new OrderPlaced(orderNo));
            }
            """ + Messages);

    [Fact]
    public Task Message_contracts_are_not_integrations() =>
        VerifyCS.VerifyAnalyzerAsync(Messages);
}
