using System.Collections.Generic;
using IntegrationContracts.Analyzers.Common;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>What one registration call contributes: which candidates it covers, and how it says so.</summary>
internal enum RegistrationKind
{
    /// <summary>Covers the listed types: typed clients of a retrying HttpClient registration, consumers next to UseMessageRetry.</summary>
    CoversTypes,

    /// <summary><c>ConfigureHttpClientDefaults</c> with a retrying handler: covers every typed client (a type that receives HttpClient).</summary>
    CoversTypedClients,

    /// <summary>NServiceBus <c>NumberOfRetries(n &gt; 0)</c>: covers the handlers when there is a single endpoint configuration.</summary>
    NServiceBusRetries,

    /// <summary>A <c>new EndpointConfiguration(..)</c>: counted, because retries tie to handlers only with one endpoint.</summary>
    NServiceBusEndpoint,

    /// <summary><c>StripeConfiguration.MaxNetworkRetries = n</c> with n &gt; 0 (or not a constant): every Stripe.net client retries.</summary>
    StripeRetries,

    /// <summary><c>StripeConfiguration.MaxNetworkRetries = 0</c>: no Stripe.net client retries, whatever its version's default.</summary>
    StripeRetriesOff,

    /// <summary><c>MaxRetries = 0</c> on Service Bus or Event Hubs retry options: that SDK family's clients do not retry (key: the family).</summary>
    SdkRetriesOff,

    /// <summary>A contract pipeline applied by integration name (<c>AddIntegrationContract("name")</c>, <c>For("name")</c>): covers those integrations.</summary>
    CoversIntegrations,
}

/// <summary>An SDK's retry switched on or off in code, with where.</summary>
internal sealed record SdkRetrySetting(bool Retries, RetryEvidence Evidence);

/// <summary>One registration observed in code (see <see cref="RegistrationObserver"/>), as values.</summary>
internal sealed record RegistrationObservation(RegistrationKind Kind, EquatableArray<string> TypeKeys, RetryEvidence Evidence);

/// <summary>
/// Retry configured away from the integration type, gathered from every registration of the compilation: the analyzers
/// collect the observations in one pass over the compilation, the generator through an incremental syntax provider;
/// both decide coverage here.
/// </summary>
internal sealed class RetryRegistrations
{
    public static readonly RetryRegistrations None = new(new RegistrationObservation[0]);

    private readonly Dictionary<string, RetryEvidence> _coveredTypes = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, RetryEvidence> _coveredIntegrations = new(System.StringComparer.Ordinal);
    private readonly RetryEvidence? _typedClientDefaults;
    private readonly RetryEvidence? _nserviceBusRetries;

    /// <summary>Stripe.net's process-wide retry setting, when the code assigns it (<see cref="RegistrationKind.StripeRetries"/>).</summary>
    public SdkRetrySetting? StripeSetting { get; private set; }

    private readonly Dictionary<string, RetryEvidence> _sdkRetriesOff = new(System.StringComparer.Ordinal);

    /// <summary>Where the code sets an SDK family's retries to zero (<see cref="RegistrationKind.SdkRetriesOff"/>), or <see langword="null"/>.</summary>
    public RetryEvidence? SdkRetriesOff(string family) => _sdkRetriesOff.TryGetValue(family, out var evidence) ? evidence : null;

    public RetryRegistrations(IEnumerable<RegistrationObservation> observations)
    {
        var endpoints = 0;
        foreach (var observation in observations)
        {
            switch (observation.Kind)
            {
                case RegistrationKind.CoversTypes:
                    foreach (var key in observation.TypeKeys)
                    {
                        if (!_coveredTypes.ContainsKey(key))
                        {
                            _coveredTypes.Add(key, observation.Evidence);
                        }
                    }

                    break;
                case RegistrationKind.CoversIntegrations:
                    foreach (var name in observation.TypeKeys)
                    {
                        if (!_coveredIntegrations.ContainsKey(name))
                        {
                            _coveredIntegrations.Add(name, observation.Evidence);
                        }
                    }

                    break;
                case RegistrationKind.CoversTypedClients:
                    _typedClientDefaults ??= observation.Evidence;
                    break;
                case RegistrationKind.NServiceBusRetries:
                    _nserviceBusRetries ??= observation.Evidence;
                    break;
                case RegistrationKind.NServiceBusEndpoint:
                    endpoints++;
                    break;
                case RegistrationKind.SdkRetriesOff:
                    foreach (var family in observation.TypeKeys)
                    {
                        if (!_sdkRetriesOff.ContainsKey(family))
                        {
                            _sdkRetriesOff.Add(family, observation.Evidence);
                        }
                    }

                    break;
                case RegistrationKind.StripeRetries:
                case RegistrationKind.StripeRetriesOff:
                    // Several assignments (per environment): retry counts when any of them turns it on.
                    if (StripeSetting is not { Retries: true })
                    {
                        StripeSetting = new SdkRetrySetting(observation.Kind == RegistrationKind.StripeRetries, observation.Evidence);
                    }

                    break;
            }
        }

        if (endpoints > 1)
        {
            _nserviceBusRetries = null; // several endpoints: which one the handler runs in is not known here
        }
    }

    /// <summary>The contract pipeline applied to the integration of this name (compared ordinally, as at run time), or <see langword="null"/>.</summary>
    public RetryEvidence? CoversIntegration(string? name) =>
        name is not null && _coveredIntegrations.TryGetValue(name, out var evidence) ? evidence : null;

    /// <summary>The registration that gives the candidate its retry, or <see langword="null"/>.</summary>
    public RetryEvidence? Covers(RetryCandidate candidate)
    {
        if (_coveredTypes.TryGetValue(candidate.TypeKey, out var direct))
        {
            return direct;
        }

        if (candidate.IsNServiceBusHandler && _nserviceBusRetries is { } recoverability)
        {
            return recoverability;
        }

        if ((candidate.ReceivesHttpClient || !candidate.NamedClients.IsEmpty) && _typedClientDefaults is { } defaults)
        {
            return defaults; // ConfigureHttpClientDefaults covers typed and named clients alike
        }

        foreach (var name in candidate.NamedClients)
        {
            if (_coveredTypes.TryGetValue(RetryCandidate.NamedClientKey(name), out var named))
            {
                return named;
            }
        }

        foreach (var received in candidate.ReceivedTypeKeys)
        {
            if (_coveredTypes.TryGetValue(received, out var viaClient))
            {
                return viaClient; // it receives a typed client whose registration retries
            }
        }

        return null;
    }
}
