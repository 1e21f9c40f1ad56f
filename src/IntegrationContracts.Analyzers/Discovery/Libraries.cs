using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// What a referenced library is, read from its name and the assemblies it references (metadata only, once per
/// assembly): part of the platform or of an application's own plumbing (data stores, logging, telemetry, frameworks),
/// a client library that brings its own network stack, or a message-broker client.
/// </summary>
internal sealed class Libraries
{
    /// <summary>The platform, and libraries that talk to the network without being another business system: the app's own data stores, its logs and telemetry, frameworks.</summary>
    private static readonly string[] PlumbingPrefixes =
    {
        "System.", "Microsoft.", "mscorlib", "netstandard", "Windows.",
        "EntityFramework", "Npgsql", "Pomelo.", "MySql", "MySqlConnector", "Oracle.", "MongoDB.", "StackExchange.Redis", "Dapper", "LiteDB", "Marten", "RavenDB", "Cassandra", "Elastic.Clients", "NEST", "Elasticsearch",
        "Serilog", "NLog", "log4net", "OpenTelemetry", "Datadog", "Sentry", "Elastic.Apm", "App.Metrics", "Prometheus",
        "Polly", "Hangfire", "Quartz", "MediatR", "AutoMapper", "FluentValidation", "Newtonsoft", "Swashbuckle", "NSwag", "Scalar", "Yarp",
        "Aspire.", "Duende.", "IdentityServer", "OpenIddict", "Castle.", "Autofac", "Grpc.AspNetCore", "Asp.Versioning",
        "xunit", "NUnit", "Moq", "NSubstitute", "FakeItEasy",
    };

    /// <summary>Assemblies whose reference means the library does its own network calls.</summary>
    private static readonly string[] NetworkStacks =
    {
        "System.Net.Http", "Grpc.Net.Client", "Grpc.Core", "RestSharp", "Flurl.Http", "MailKit", "System.Net.Mail", "System.Net.Requests",
    };

    /// <summary>Message-broker client libraries, and the word a class built on each is named with (<c>RabbitMQEventBus</c>).</summary>
    private static readonly (string Assembly, string Word)[] BrokerLibraries =
    {
        ("RabbitMQ.Client", "RabbitMQ"), ("Azure.Messaging.ServiceBus", "ServiceBus"), ("Microsoft.Azure.ServiceBus", "ServiceBus"),
        ("Confluent.Kafka", "Kafka"), ("MassTransit", "MassTransit"), ("MassTransit.Abstractions", "MassTransit"), ("NServiceBus", "NServiceBus"), ("NServiceBus.Core", "NServiceBus"),
        ("Rebus", "Rebus"), ("AWSSDK.SQS", "Sqs"), ("AWSSDK.SimpleNotificationService", "Sns"), ("Azure.Messaging.EventHubs", "EventHub"),
        ("Azure.Storage.Queues", "AzureQueue"), ("NATS.Client", "Nats"), ("NATS.Net", "Nats"), ("DotPulsar", "Pulsar"),
        ("EasyNetQ", "EasyNetQ"), ("Apache.NMS", "ActiveMQ"), ("Apache.NMS.ActiveMQ", "ActiveMQ"), ("KafkaFlow", "Kafka"),
    };

    private static readonly string[] Brokers = BrokerLibraries.Select(b => b.Assembly).ToArray();

    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _networkClients = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, string?> _brokers = new(SymbolEqualityComparer.Default);

    public static bool IsPlumbing(IAssemblySymbol assembly) => IsPlumbing(assembly.Identity.Name);

    /// <summary>A library, not the platform or plumbing, that references a network stack: its clients call other systems.</summary>
    public bool BringsNetworkStack(IAssemblySymbol assembly) =>
        _networkClients.GetOrAdd(assembly, a => !IsPlumbing(a.Identity.Name) && References(a, NetworkStacks) is not null);

    /// <summary>The broker client library the assembly references (<c>RabbitMQ.Client</c>), or <see langword="null"/>.</summary>
    public string? BrokerOf(IAssemblySymbol assembly) =>
        _brokers.GetOrAdd(assembly, a => IsPlumbing(a.Identity.Name) || Brokers.Contains(a.Identity.Name, StringComparer.OrdinalIgnoreCase) ? null : References(a, Brokers));

    /// <summary>Whether the assembly is a broker client library itself.</summary>
    public static bool IsBroker(IAssemblySymbol? assembly) =>
        assembly is not null && Brokers.Contains(assembly.Identity.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a class name names a broker library its assembly references: <c>RabbitMQEventBus</c> in a library that
    /// references RabbitMQ.Client. Every broker the assembly references counts, not only the first.
    /// </summary>
    public static bool IsNamedAfterBroker(string typeName, IAssemblySymbol assembly)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                foreach (var (brokerAssembly, word) in BrokerLibraries)
                {
                    if (brokerAssembly.Equals(referenced.Name, StringComparison.OrdinalIgnoreCase)
                        && typeName.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsPlumbing(string name) =>
        PlumbingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || name.Equals(prefix.TrimEnd('.'), StringComparison.OrdinalIgnoreCase));

    private static string? References(IAssemblySymbol assembly, string[] names)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (names.Contains(referenced.Name, StringComparer.OrdinalIgnoreCase))
                {
                    return referenced.Name;
                }
            }
        }

        return null;
    }
}
