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

    /// <summary>
    /// How long one call may take, every attempt and wait included; a call still running then fails with
    /// <c>TimeoutRejectedException</c> and is a failure of the integration (alerts, health). Default 30 s, as the standard
    /// resilience handler's total timeout; <see langword="null"/>: no limit from the contract. For an HttpClient keep its
    /// own <c>Timeout</c> (100 s unless set) above this: when the client's timeout fires first, the pipeline sees only a
    /// cancelled call, which it cannot tell from the caller's own cancellation, and counts it as neither outcome.
    /// </summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one alert hook may take when a call gives up; a slower hook is abandoned and logged. Default 10 s.</summary>
    public TimeSpan AlertHookTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
