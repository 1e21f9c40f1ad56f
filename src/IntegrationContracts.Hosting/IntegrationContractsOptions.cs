using System;

namespace IntegrationContracts.Hosting;

/// <summary>How the contract pipelines run what the contracts declare; the contract itself says how many attempts and which backoff.</summary>
public sealed class IntegrationContractsOptions
{
    /// <summary>The wait before the first retry, grown by the declared backoff (Fixed, Linear, Exponential). Default 2 s, as Polly's.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spreads the waits randomly so that many instances do not retry in step. Default <see langword="true"/>.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Attempts (the first included) for an integration whose contract declares neither <c>[RetryPolicy]</c> nor
    /// <c>[NoRetry]</c>: 4, the standard resilience handler's 1 + 3 retries, with exponential backoff.
    /// </summary>
    public int DefaultMaxAttempts { get; set; } = 4;

    /// <summary>How long one alert hook may take when a call gives up; a slower hook is abandoned and logged. Default 10 s.</summary>
    public TimeSpan AlertHookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
