namespace IntegrationContracts.Analyzers.Tests.Discovery;

/// <summary>
/// Faithful stubs of the client libraries the registry here does not serve: the same namespaces, type names,
/// generic arities, base types and the member signatures the tests call, copied from the libraries' public API.
/// Everything else IC0010 recognises is compiled against the real packages (Verifiers/ClientLibraries.cs).
/// </summary>
public static class LibraryStubs
{
    /// <summary>NServiceBus 9: handlers and the message session (NServiceBus.Core).</summary>
    public const string NServiceBus = """
        namespace NServiceBus
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            public class SendOptions { }
            public class PublishOptions { }
            public class ReplyOptions { }

            public interface IPipelineContext
            {
                CancellationToken CancellationToken { get; }
                Task Send(object message, SendOptions options);
                Task Publish(object message, PublishOptions options);
            }

            public interface IMessageProcessingContext : IPipelineContext
            {
                string MessageId { get; }
                Task Reply(object message, ReplyOptions options);
            }

            public interface IMessageHandlerContext : IMessageProcessingContext { }

            public interface IHandleMessages<T>
            {
                Task Handle(T message, IMessageHandlerContext context);
            }

            public interface IMessageSession
            {
                Task Send(object message, SendOptions sendOptions, CancellationToken cancellationToken = default);
                Task Publish(object message, PublishOptions publishOptions, CancellationToken cancellationToken = default);
            }

            public static class IPipelineContextExtensions
            {
                public static Task Publish(this IPipelineContext context, object message) => context.Publish(message, new PublishOptions());
            }

            public static class IMessageSessionExtensions
            {
                public static Task Publish(this IMessageSession session, object message, CancellationToken cancellationToken = default) =>
                    session.Publish(message, new PublishOptions(), cancellationToken);
            }
        }
        """;

    /// <summary>FluentFTP 52: the synchronous and asynchronous clients.</summary>
    public const string FluentFtp = """
        namespace FluentFTP
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            public enum FtpStatus { Failed = 0, Success = 1, Skipped = 2 }
            public enum FtpRemoteExists { NoCheck, ResumeNoCheck, AddToEndNoCheck, Skip, Overwrite, Resume, AddToEnd }
            public enum FtpVerify { None = 0, Retry = 1, Delete = 2, Throw = 4, OnlyChecksum = 8 }
            public class FtpConfig { }
            public class FtpProfile { }

            public interface IBaseFtpClient : IDisposable
            {
                string Host { get; set; }
                FtpConfig Config { get; set; }
            }

            public interface IFtpClient : IDisposable, IBaseFtpClient
            {
                void Connect();
                FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, FtpVerify verifyOptions = FtpVerify.None, Action<object>? progress = null);
            }

            public interface IAsyncFtpClient : IDisposable, IAsyncDisposable, IBaseFtpClient
            {
                Task<FtpProfile?> AutoConnect(CancellationToken token = default);
                Task<FtpStatus> UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, FtpVerify verifyOptions = FtpVerify.None, IProgress<object>? progress = null, CancellationToken token = default);
            }

            public abstract class BaseFtpClient : IDisposable, IBaseFtpClient
            {
                public string Host { get; set; } = "";
                public FtpConfig Config { get; set; } = new();
                public void Dispose() { }
            }

            public partial class FtpClient : BaseFtpClient, IFtpClient
            {
                public FtpClient() { }
                public FtpClient(string host, string user, string pass, int port = 0, FtpConfig? config = null) { }
                public void Connect() { }
                public FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, FtpVerify verifyOptions = FtpVerify.None, Action<object>? progress = null) => FtpStatus.Success;
            }

            public partial class AsyncFtpClient : BaseFtpClient, IAsyncFtpClient
            {
                public AsyncFtpClient() { }
                public AsyncFtpClient(string host, string user, string pass, int port = 0, FtpConfig? config = null) { }
                public Task<FtpProfile?> AutoConnect(CancellationToken token = default) => Task.FromResult<FtpProfile?>(null);
                public Task<FtpStatus> UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, FtpVerify verifyOptions = FtpVerify.None, IProgress<object>? progress = null, CancellationToken token = default) => Task.FromResult(FtpStatus.Success);
                public ValueTask DisposeAsync() => default;
            }
        }
        """;

    /// <summary>AWSSDK.SimpleNotificationService 4 (its base interface IAmazonService from AWSSDK.Core is left out).</summary>
    public const string AmazonSns = """
        namespace Amazon.SimpleNotificationService.Model
        {
            public partial class PublishRequest
            {
                public string TopicArn { get; set; } = "";
                public string Message { get; set; } = "";
            }

            public partial class PublishResponse
            {
                public string MessageId { get; set; } = "";
            }
        }

        namespace Amazon.SimpleNotificationService
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.SimpleNotificationService.Model;

            public partial interface IAmazonSimpleNotificationService : IDisposable
            {
                Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default);
                Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default);
            }

            public partial class AmazonSimpleNotificationServiceClient : IAmazonSimpleNotificationService
            {
                public AmazonSimpleNotificationServiceClient() { }
                public Task<PublishResponse> PublishAsync(string topicArn, string message, CancellationToken cancellationToken = default) => Task.FromResult(new PublishResponse());
                public Task<PublishResponse> PublishAsync(PublishRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new PublishResponse());
                public void Dispose() { }
            }
        }
        """;

    /// <summary>RabbitMQ.Client 6.x's channel, IModel (renamed IChannel in 7.0, which the tests reference for real).</summary>
    public const string RabbitMqModel = """
        namespace RabbitMQ.Client
        {
            using System;

            public interface IModel : IDisposable
            {
                void BasicPublish(string exchange, string routingKey, bool mandatory, IBasicProperties basicProperties, ReadOnlyMemory<byte> body);
                void BasicAck(ulong deliveryTag, bool multiple);
            }
        }
        """;

    /// <summary>The marker attributes by which NUnit and MSTest test projects are recognised.</summary>
    /// <summary>
    /// AI model clients and vendor SDKs: Microsoft.Extensions.AI.Abstractions, OpenAI, Azure.AI.OpenAI, Stripe.net and
    /// SendGrid — the client types and, for Stripe, the service base class and an options and entity type.
    /// </summary>
    public const string VendorSdks = """
        namespace Microsoft.Extensions.AI
        {
            public interface IChatClient { }
            public interface IEmbeddingGenerator<TInput, TEmbedding> { }
        }

        namespace OpenAI
        {
            public class OpenAIClient { }
        }

        namespace OpenAI.Chat
        {
            public class ChatClient { }
        }

        namespace OpenAI.Embeddings
        {
            public class EmbeddingClient { }
        }

        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient { }
        }

        namespace Microsoft.Kiota.Abstractions
        {
            public interface IRequestAdapter { }
            public abstract class BaseRequestBuilder { protected BaseRequestBuilder(IRequestAdapter adapter) { } }
        }

        namespace Stripe
        {
            public interface IStripeClient { }
            public class StripeClient : IStripeClient { }
            public abstract class Service<TEntity> { }
            public sealed class Customer { }
            public class CustomerService : Service<Customer> { }
            // Stripe.net 50 and later: services derive from a non-generic Service.
            public abstract class Service { }
            public class InvoiceService : Service { }
            public class CustomerCreateOptions { public string? Email { get; set; } }
        }

        namespace SendGrid
        {
            public interface ISendGridClient { }
            public class SendGridClient : ISendGridClient { }
        }
        """;

    public const string NUnit = """
        namespace NUnit.Framework
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] public class TestAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Class)] public class TestFixtureAttribute : System.Attribute { }
        }
        """;

    public const string MSTest = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] public class TestMethodAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Class)] public class TestClassAttribute : System.Attribute { }
        }
        """;
}
