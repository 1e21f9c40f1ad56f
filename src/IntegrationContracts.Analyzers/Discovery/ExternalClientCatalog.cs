using System.Collections.Immutable;
using IntegrationContracts.Analyzers.Common;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// The external-client types IC0010 recognises, by family. docs/rules/IC0010.md lists every one of them (a test
/// checks it). A family whose library the compilation does not reference simply resolves to nothing.
/// Refit is not listed here: a Refit API is any interface whose methods carry a Refit HTTP attribute
/// (<see cref="RefitHttpMethodAttribute"/>), which <see cref="ExternalClients"/> recognises by shape.
/// </summary>
internal static class ExternalClientCatalog
{
    /// <summary>The base class of Refit's <c>[Get]</c>, <c>[Post]</c>, ... attributes.</summary>
    public const string RefitHttpMethodAttribute = "Refit.HttpMethodAttribute";

    public const string RefitFamily = "Refit";

    /// <summary>The family named for types added through <c>integration_contracts.external_client_types</c>.</summary>
    public const string ConfiguredFamily = "configured external client";

    public static ImmutableArray<ClientEntry> Entries { get; } = ImmutableArray.Create(
        // HTTP
        new ClientEntry(ClientTypeNames.HttpClient, null),
        new ClientEntry("System.Net.Http.IHttpClientFactory", null),
        new ClientEntry("System.Net.WebClient", null),
        new ClientEntry("System.Net.WebRequest", null),
        new ClientEntry("RestSharp.RestClient", "RestSharp"),
        new ClientEntry("RestSharp.IRestClient", "RestSharp"),

        // gRPC: generated clients derive from ClientBase<T>; channels are GrpcChannel (Grpc.Net.Client) or Channel (Grpc.Core).
        new ClientEntry("Grpc.Core.ClientBase`1", "gRPC"),
        new ClientEntry("Grpc.Core.ClientBase", "gRPC"),
        new ClientEntry("Grpc.Core.ChannelBase", "gRPC"),

        // SOAP / WCF
        new ClientEntry("System.ServiceModel.ClientBase`1", "WCF"),
        new ClientEntry("System.ServiceModel.ChannelFactory`1", "WCF"),

        // RabbitMQ.Client (IModel up to 6.x, IChannel from 7.0)
        new ClientEntry("RabbitMQ.Client.IModel", "RabbitMQ"),
        new ClientEntry("RabbitMQ.Client.IChannel", "RabbitMQ"),
        new ClientEntry("RabbitMQ.Client.IConnection", "RabbitMQ"),
        new ClientEntry("RabbitMQ.Client.IConnectionFactory", "RabbitMQ"),
        new ClientEntry("RabbitMQ.Client.ConnectionFactory", "RabbitMQ"),

        // Azure Service Bus
        new ClientEntry("Azure.Messaging.ServiceBus.ServiceBusClient", "Azure Service Bus"),
        new ClientEntry("Azure.Messaging.ServiceBus.ServiceBusSender", "Azure Service Bus"),
        new ClientEntry("Azure.Messaging.ServiceBus.ServiceBusReceiver", "Azure Service Bus"),
        new ClientEntry("Azure.Messaging.ServiceBus.ServiceBusProcessor", "Azure Service Bus"),
        new ClientEntry("Azure.Messaging.ServiceBus.ServiceBusSessionProcessor", "Azure Service Bus"),

        // Kafka
        new ClientEntry("Confluent.Kafka.IProducer`2", "Kafka"),
        new ClientEntry("Confluent.Kafka.IConsumer`2", "Kafka"),

        // MassTransit: consumers, and the bus when a type publishes or sends.
        new ClientEntry(ClientTypeNames.MassTransitConsumer, "MassTransit", ClientRole.Handler, "consumes"),
        new ClientEntry("MassTransit.IBus", "MassTransit"),
        new ClientEntry("MassTransit.IPublishEndpoint", "MassTransit"),
        new ClientEntry("MassTransit.ISendEndpointProvider", "MassTransit"),
        new ClientEntry("MassTransit.IRequestClient`1", "MassTransit"),

        // NServiceBus
        new ClientEntry(ClientTypeNames.NServiceBusHandler, "NServiceBus", ClientRole.Handler, "handles"),
        new ClientEntry("NServiceBus.IMessageSession", "NServiceBus"),

        // Rebus
        new ClientEntry("Rebus.Handlers.IHandleMessages`1", "Rebus", ClientRole.Handler, "handles"),
        new ClientEntry("Rebus.Bus.IBus", "Rebus"),

        // E-mail
        new ClientEntry("System.Net.Mail.SmtpClient", "System.Net.Mail"),
        new ClientEntry("MailKit.Net.Smtp.SmtpClient", "MailKit"),
        new ClientEntry("MailKit.Net.Smtp.ISmtpClient", "MailKit"),
        new ClientEntry("MailKit.Net.Imap.ImapClient", "MailKit"),
        new ClientEntry("MailKit.Net.Imap.IImapClient", "MailKit"),
        new ClientEntry("MailKit.Net.Pop3.Pop3Client", "MailKit"),
        new ClientEntry("MailKit.Net.Pop3.IPop3Client", "MailKit"),

        // SFTP / FTP
        new ClientEntry("Renci.SshNet.SftpClient", "SSH.NET"),
        new ClientEntry("Renci.SshNet.ISftpClient", "SSH.NET"),
        new ClientEntry("Renci.SshNet.ScpClient", "SSH.NET"),
        new ClientEntry("FluentFTP.FtpClient", "FluentFTP"),
        new ClientEntry("FluentFTP.AsyncFtpClient", "FluentFTP"),
        new ClientEntry("FluentFTP.IFtpClient", "FluentFTP"),
        new ClientEntry("FluentFTP.IAsyncFtpClient", "FluentFTP"),

        // Azure Storage: BlobBaseClient is the base of BlobClient, BlockBlobClient, AppendBlobClient and PageBlobClient.
        new ClientEntry("Azure.Storage.Blobs.BlobServiceClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Blobs.BlobContainerClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Blobs.BlobClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Blobs.Specialized.BlobBaseClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Queues.QueueServiceClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Queues.QueueClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Files.Shares.ShareServiceClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Files.Shares.ShareClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Files.Shares.ShareDirectoryClient", "Azure Storage"),
        new ClientEntry("Azure.Storage.Files.Shares.ShareFileClient", "Azure Storage"),
        new ClientEntry("Azure.Data.Tables.TableServiceClient", "Azure Storage"),
        new ClientEntry("Azure.Data.Tables.TableClient", "Azure Storage"),

        // AWS
        new ClientEntry("Amazon.SQS.IAmazonSQS", "AWS SQS"),
        new ClientEntry("Amazon.SQS.AmazonSQSClient", "AWS SQS"),
        new ClientEntry("Amazon.SimpleNotificationService.IAmazonSimpleNotificationService", "AWS SNS"),
        new ClientEntry("Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient", "AWS SNS"),
        new ClientEntry("Amazon.S3.IAmazonS3", "AWS S3"),
        new ClientEntry("Amazon.S3.AmazonS3Client", "AWS S3"),
        new ClientEntry("Amazon.S3.Transfer.ITransferUtility", "AWS S3"),
        new ClientEntry("Amazon.S3.Transfer.TransferUtility", "AWS S3"),

        // AI model APIs: a chat or embedding client calls a hosted model over HTTP.
        new ClientEntry("Microsoft.Extensions.AI.IChatClient", "AI model API"),
        new ClientEntry("Microsoft.Extensions.AI.IEmbeddingGenerator`2", "AI model API"),
        new ClientEntry("OpenAI.OpenAIClient", "OpenAI"),
        new ClientEntry("OpenAI.Chat.ChatClient", "OpenAI"),
        new ClientEntry("OpenAI.Embeddings.EmbeddingClient", "OpenAI"),
        new ClientEntry("Azure.AI.OpenAI.AzureOpenAIClient", "Azure OpenAI"),

        // Generated API clients: Kiota's request adapter sends every request of a generated client.
        new ClientEntry("Microsoft.Kiota.Abstractions.IRequestAdapter", "Kiota-generated API client"),

        // Vendor SDKs: payments and e-mail delivery. Stripe's services (CustomerService, ...) derive from Service<T>, and
        // from Stripe.net 50 on from a non-generic Service.
        new ClientEntry("Stripe.StripeClient", "Stripe"),
        new ClientEntry("Stripe.IStripeClient", "Stripe"),
        new ClientEntry("Stripe.Service`1", "Stripe"),
        new ClientEntry("Stripe.Service", "Stripe"),
        new ClientEntry("SendGrid.SendGridClient", "SendGrid"),
        new ClientEntry("SendGrid.ISendGridClient", "SendGrid"));
}
