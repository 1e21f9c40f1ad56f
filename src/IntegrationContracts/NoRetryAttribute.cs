using System;

namespace IntegrationContracts
{
    /// <summary>
    /// States on purpose that an integration does not retry, and why (for example, the sender retries, or a
    /// duplicate would cost money). Satisfies the retry-policy rule like <see cref="RetryPolicyAttribute"/>.
    /// </summary>
    /// <example>
    /// <code>[NoRetry("The 3PL retries the webhook itself; a second attempt would ship twice.")]</code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class NoRetryAttribute : Attribute
    {
        /// <summary>Declares that the integration does not retry.</summary>
        /// <param name="justification">Why not retrying is right for this integration.</param>
        public NoRetryAttribute(string justification) => Justification = justification;

        /// <summary>Why not retrying is right for this integration.</summary>
        public string Justification { get; }
    }
}
