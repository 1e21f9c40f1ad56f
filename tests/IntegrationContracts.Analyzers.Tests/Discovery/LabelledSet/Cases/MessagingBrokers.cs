using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace LabelledSet.MessagingBrokers;

// IC0010: no (shared connection plumbing under the event bus; the bus is the integration)
public sealed class RabbitMqPersistentConnection(IConnectionFactory factory) : IAsyncDisposable
{
    private IConnection? _connection;

    public async Task<IChannel> CreateChannelAsync()
    {
        _connection ??= await factory.CreateConnectionAsync();
        return await _connection.CreateChannelAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

// IC0010: no (integration event contract)
public record IntegrationEvent(Guid Id, DateTimeOffset CreatedAt);

// IC0010: no (integration event contract)
public sealed record StockChangedIntegrationEvent(string ItemNo, decimal Quantity) : IntegrationEvent(Guid.NewGuid(), DateTimeOffset.UtcNow);

// IC0010: yes (publishes integration events to RabbitMQ)
public sealed class RabbitMqEventBus(RabbitMqPersistentConnection connection)
{
    private IChannel? _channel;

    public async Task PublishAsync(IntegrationEvent integrationEvent)
    {
        _channel ??= await connection.CreateChannelAsync();
        await _channel.BasicPublishAsync("contoso", integrationEvent.GetType().Name, Encoding.UTF8.GetBytes(integrationEvent.Id.ToString()));
    }
}

// IC0010: no (keeps which handler types listen to which events)
public sealed class EventBusSubscriptions
{
    private readonly Dictionary<string, List<Type>> _handlers = new();
    public void Add<TEvent, THandler>() => (_handlers.TryGetValue(typeof(TEvent).Name, out var list) ? list : _handlers[typeof(TEvent).Name] = new()).Add(typeof(THandler));
}

// IC0010: yes (hosted worker that processes returns from a Service Bus queue)
public sealed class ReturnsProcessorWorker(ServiceBusClient client) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using ServiceBusProcessor processor = client.CreateProcessor("returns");
        processor.ProcessMessageAsync += args => args.CompleteMessageAsync(args.Message, stoppingToken);
        processor.ProcessErrorAsync += _ => Task.CompletedTask;
        await processor.StartProcessingAsync(stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}

// IC0010: no (maps received messages to the domain)
public static class ReturnMessageMapper
{
    public static string ReturnNo(ServiceBusReceivedMessage message) => message.ApplicationProperties["returnNo"]?.ToString() ?? "";
}

// IC0010: no (message contract)
public sealed record PriceChanged(string Sku, decimal Price);

// IC0010: no (options)
public sealed class KafkaOptions
{
    public string BootstrapServers { get; set; } = "kafka:9092";
    public string Topic { get; set; } = "price-changes";
}

// IC0010: yes (Kafka producer for price changes)
public sealed class PriceChangedProducer(KafkaOptions options) : IDisposable
{
    private readonly IProducer<string, string> _producer =
        new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = options.BootstrapServers }).Build();

    public Task PublishAsync(PriceChanged change) =>
        _producer.ProduceAsync(options.Topic, new Message<string, string> { Key = change.Sku, Value = change.Price.ToString() });

    public void Dispose() => _producer.Dispose();
}

// IC0010: yes (Kafka consumer as a hosted service)
public sealed class PriceChangedConsumerService(KafkaOptions options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig { BootstrapServers = options.BootstrapServers, GroupId = "shop" }).Build();
        consumer.Subscribe(options.Topic);
        while (!stoppingToken.IsCancellationRequested)
        {
            consumer.Consume(stoppingToken);
        }
    }, stoppingToken);
}
