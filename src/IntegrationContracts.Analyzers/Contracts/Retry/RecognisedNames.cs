using System;
using System.Collections.Immutable;
using System.Linq;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Every name the retry recognisers look for in code, in one sorted list (as the Roslyn analyzers keep
/// <c>WellKnownTypeNames</c>): registrations, retry builders, waits, redeliveries, SDK settings, response checks. The
/// generator's fingerprint hashes every identifier that is one of them, wherever it appears, so an edit that adds,
/// removes or moves such a name re-reads the contracts. A test fails when a recogniser's name list holds a name that
/// is not here (RecognisedNamesTests).
/// </summary>
internal static class RecognisedNames
{
    /// <summary>Exact names, sorted ordinally.</summary>
    public static readonly ImmutableArray<string> Exact = ImmutableArray.Create(
        "AbandonMessageAsync",
        "AddConsumer",
        "AddHttpClient",
        "AddIntegrationContract",
        "AddMassTransit",
        "AddPolicyHandler",
        "AddPolicyHandlerFromRegistry",
        "AddResilienceHandler",
        "AddServiceDefaults",
        "AddStandardHedgingHandler",
        "AddStandardResilienceHandler",
        "AddTransientHttpErrorPolicy",
        "BasicNack",
        "BasicNackAsync",
        "BasicReject",
        "BasicRejectAsync",
        "ConfigureConsumer",
        "ConfigureHttpClientDefaults",
        "Consumer",
        "CreateClient",
        "Defer",
        "Delay",
        "EndpointConfiguration",
        "For",
        "IIntegrationPipelines",
        "IsSuccess",
        "IsSuccessStatusCode",
        "IsSuccessful",
        "MaxNetworkRetries",
        "MaxRetries",
        "NumberOfRetries",
        "Redeliver",
        "Sleep",
        "StatusCode",
        "Succeeded",
        "Success",
        "UseMessageRetry",
        "WaitForNextTickAsync");

    /// <summary>Name prefixes: Polly's retry builders (v8 <c>AddRetry</c>, v7 <c>Retry*</c>, <c>WaitAndRetry*</c>).</summary>
    public static readonly ImmutableArray<string> Prefixes = ImmutableArray.Create("AddRetry", "Retry", "WaitAndRetry");

    // The first letters of every name and prefix: the fingerprint asks about every identifier of every file, and most
    // start with a letter no recognised name starts with (or a lower-case one).
    private static readonly uint FirstLetters = Exact.Concat(Prefixes).Aggregate(0u, (mask, name) => mask | (1u << (name[0] - 'A')));

    /// <summary>Whether a recogniser can read this identifier.</summary>
    public static bool Matches(string identifier)
    {
        if (identifier.Length == 0 || identifier[0] is < 'A' or > 'Z' || (FirstLetters & (1u << (identifier[0] - 'A'))) == 0)
        {
            return false;
        }

        if (Exact.BinarySearch(identifier, StringComparer.Ordinal) >= 0)
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (identifier.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
