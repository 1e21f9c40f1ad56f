using System;

namespace IntegrationContracts
{
    /// <summary>
    /// Documents how an integration retries a failed attempt and where a message goes when it gives up.
    /// On an assembly it is the default for every integration in it.
    /// </summary>
    /// <example>
    /// <code>[RetryPolicy(5, Backoff = RetryBackoff.Exponential, DeadLetter = "shop-orders-dlq")]</code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class RetryPolicyAttribute : Attribute
    {
        /// <summary>Declares the retry policy.</summary>
        /// <param name="maxAttempts">How many attempts are made in total, the first one included; at least 1.</param>
        public RetryPolicyAttribute(int maxAttempts) => MaxAttempts = maxAttempts;

        /// <summary>How many attempts are made in total, the first one included.</summary>
        public int MaxAttempts { get; }

        /// <summary>How the wait between attempts grows; <see cref="RetryBackoff.Exponential"/> unless set.</summary>
        public RetryBackoff Backoff { get; set; } = RetryBackoff.Exponential;

        /// <summary>Where a message goes after the last failed attempt (a dead-letter queue, a folder, a table).</summary>
        public string? DeadLetter { get; set; }
    }
}
