namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// Metadata names of client types that both discovery (IC0010's catalog) and retry recognition (IC0002) look for,
/// written once.
/// </summary>
internal static class ClientTypeNames
{
    public const string HttpClient = "System.Net.Http.HttpClient";
    public const string MassTransitConsumer = "MassTransit.IConsumer`1";
    public const string NServiceBusHandler = "NServiceBus.IHandleMessages`1";
}
