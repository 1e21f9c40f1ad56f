using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Tests.Verifiers;

/// <summary>
/// The references of a test compilation that uses the real client libraries: the .NET runtime's own assemblies (the
/// packages target net10.0, so .NET 8 reference assemblies would not do), the IntegrationContracts library, and each
/// client library with the assemblies it depends on, from this test project's output.
/// </summary>
public static class ClientLibraries
{
    /// <summary>One type per library; its assembly and that assembly's dependencies are referenced.</summary>
    private static readonly Type[] Markers =
    {
        typeof(IntegrationAttribute),
        typeof(System.Net.Http.IHttpClientFactory),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection),
        typeof(Microsoft.Extensions.Hosting.BackgroundService),
        typeof(Microsoft.Extensions.Logging.ILogger),
        typeof(Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck),
        typeof(Microsoft.AspNetCore.Components.ComponentBase),
        typeof(RestSharp.RestClient),
        typeof(Refit.GetAttribute),
        typeof(Grpc.Core.ClientBase<>),
        typeof(Grpc.Net.Client.GrpcChannel),
        typeof(System.ServiceModel.ClientBase<>),
        typeof(RabbitMQ.Client.IChannel),
        typeof(Azure.Messaging.ServiceBus.ServiceBusClient),
        typeof(Confluent.Kafka.IProducer<,>),
        typeof(MassTransit.IConsumer<>),
        typeof(Rebus.Handlers.IHandleMessages<>),
        typeof(MailKit.Net.Smtp.SmtpClient),
        typeof(Renci.SshNet.SftpClient),
        typeof(Azure.Storage.Blobs.BlobServiceClient),
        typeof(Azure.Storage.Queues.QueueClient),
        typeof(Azure.Storage.Files.Shares.ShareClient),
        typeof(Azure.Data.Tables.TableClient),
        typeof(Amazon.SQS.AmazonSQSClient),
        typeof(Amazon.S3.AmazonS3Client),
        typeof(Polly.ResiliencePipeline),
        typeof(Polly.Policy),
        typeof(Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions),
        typeof(Microsoft.Extensions.DependencyInjection.PollyHttpClientBuilderExtensions),
        typeof(Serilog.ILogger),
        typeof(MassTransit.DependencyInjectionRegistrationExtensions),
        typeof(IntegrationContracts.Hosting.IIntegrationPipelines),
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> References => All.Value;

    /// <summary>The xunit assemblies a test project references (the first makes a compilation a test project).</summary>
    public static ImmutableArray<MetadataReference> Xunit { get; } = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location));

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var byName = trusted.GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);

        var paths = new HashSet<string>(trusted.Where(path => Path.GetDirectoryName(path) == runtimeDirectory), StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<Assembly>(Markers.Select(marker => marker.Assembly));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!) || Path.GetDirectoryName(assembly.Location) == runtimeDirectory)
            {
                continue;
            }

            paths.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!seen.Contains(reference.Name!) && byName.ContainsKey(reference.Name!))
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return paths.Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
