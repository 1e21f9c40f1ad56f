namespace IntegrationContracts
{
    /// <summary>The retry contract of an integration, as declared by <see cref="RetryPolicyAttribute"/> or <see cref="NoRetryAttribute"/>.</summary>
    public sealed class RetryDescriptor
    {
        /// <summary>Describes a retry contract.</summary>
        /// <param name="maxAttempts">Attempts in total, the first one included (1 when the integration does not retry).</param>
        /// <param name="backoff">How the wait between attempts grows.</param>
        /// <param name="deadLetter">Where a message goes after the last attempt, if anywhere.</param>
        /// <param name="noRetryJustification">Why the integration does not retry, when it was declared with <see cref="NoRetryAttribute"/>.</param>
        public RetryDescriptor(int maxAttempts, RetryBackoff backoff, string? deadLetter, string? noRetryJustification)
        {
            MaxAttempts = maxAttempts;
            Backoff = backoff;
            DeadLetter = deadLetter;
            NoRetryJustification = noRetryJustification;
        }

        /// <summary>Attempts in total, the first one included.</summary>
        public int MaxAttempts { get; }

        /// <summary>How the wait between attempts grows.</summary>
        public RetryBackoff Backoff { get; }

        /// <summary>Where a message goes after the last attempt, if anywhere.</summary>
        public string? DeadLetter { get; }

        /// <summary>Why the integration does not retry; <see langword="null"/> unless declared with <see cref="NoRetryAttribute"/>.</summary>
        public string? NoRetryJustification { get; }
    }
}
