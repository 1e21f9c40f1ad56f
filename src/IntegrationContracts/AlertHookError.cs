using System;

namespace IntegrationContracts
{
    /// <summary>An alert hook that could not be created or failed while it was told about a failure.</summary>
    public sealed class AlertHookError
    {
        /// <summary>Describes a failed alert hook.</summary>
        /// <param name="hook">The hook, as the integration declares it.</param>
        /// <param name="exception">What went wrong.</param>
        public AlertHookError(AlertHookDescriptor hook, Exception exception)
        {
            Hook = hook ?? throw new ArgumentNullException(nameof(hook));
            Exception = exception ?? throw new ArgumentNullException(nameof(exception));
        }

        /// <summary>The hook, as the integration declares it.</summary>
        public AlertHookDescriptor Hook { get; }

        /// <summary>What went wrong.</summary>
        public Exception Exception { get; }
    }
}
