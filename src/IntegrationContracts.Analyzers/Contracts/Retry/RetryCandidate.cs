using System.Collections.Generic;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// What a registration elsewhere in the compilation needs to know to give an integration type its retry, as values
/// (so the generator can carry it): the type, the types it receives, whether it is a typed HttpClient or a message
/// handler. Types are keyed by <see cref="Key"/>.
/// </summary>
internal sealed record RetryCandidate(
    string TypeKey,
    EquatableArray<string> ReceivedTypeKeys,
    bool ReceivesHttpClient,
    bool IsMessageHandler,
    bool IsNServiceBusHandler,
    EquatableArray<string> NamedClients)
{
    /// <summary>The key a named client registration (<c>AddHttpClient("erp")</c>) and its use (<c>CreateClient("erp")</c>) share.</summary>
    public static string NamedClientKey(string name) => "named-client:" + name;

    private static readonly SymbolDisplayFormat KeyFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>The key registrations and candidates agree on: the generic definition, fully qualified.</summary>
    public static string Key(ITypeSymbol type) => type.OriginalDefinition.ToDisplayString(KeyFormat);

    /// <param name="namedClients">The names the type passes to <c>IHttpClientFactory.CreateClient</c> ("" for the default client).</param>
    public static RetryCandidate Of(INamedTypeSymbol type, ResilienceSymbols symbols, EquatableArray<string> namedClients)
    {
        var received = new List<string>();
        var receivesHttpClient = false;
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, symbols.HttpClient))
                {
                    receivesHttpClient = true;
                }
                else if (parameter.Type is INamedTypeSymbol { SpecialType: SpecialType.None } named && named.DeclaringSyntaxReferences.Length > 0)
                {
                    received.Add(Key(named)); // a type of this compilation: it may be a typed client with a retrying registration
                }
            }
        }

        received.Sort(System.StringComparer.Ordinal);
        return new RetryCandidate(Key(type), received.ToEquatableArray(), receivesHttpClient, symbols.IsMessageHandler(type), symbols.IsNServiceBusHandler(type), namedClients);
    }
}
