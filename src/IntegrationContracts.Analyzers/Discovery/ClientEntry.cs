namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>How a catalog type shows that a type talks to an external system.</summary>
internal enum ClientRole
{
    /// <summary>A client the type holds, receives, creates or derives from (HttpClient, ServiceBusSender, ClientBase&lt;T&gt;).</summary>
    Client,

    /// <summary>A message-handler interface the type implements (MassTransit <c>IConsumer&lt;T&gt;</c>, <c>IHandleMessages&lt;T&gt;</c>).</summary>
    Handler,
}

/// <summary>
/// One external-client type of the catalog, matched by metadata name so that no package reference is needed.
/// </summary>
/// <param name="MetadataName">The CLR metadata name, e.g. <c>Confluent.Kafka.IProducer`2</c>.</param>
/// <param name="Family">The library or system the message names after the type, e.g. <c>Kafka</c>; <see langword="null"/> when the type name says it (HttpClient).</param>
/// <param name="Role">Whether the type is used as a client or implemented as a handler.</param>
/// <param name="Verb">For handlers, what the message says the type does with the message type, e.g. <c>consumes</c>.</param>
internal sealed record ClientEntry(string MetadataName, string? Family, ClientRole Role = ClientRole.Client, string? Verb = null);
