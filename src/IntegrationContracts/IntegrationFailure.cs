using System;

namespace IntegrationContracts
{
    /// <summary>A failed attempt of an integration, as an <see cref="IIntegrationAlertHook"/> receives it.</summary>
    public sealed class IntegrationFailure
    {
        /// <summary>Describes a failed attempt.</summary>
        /// <param name="integration">The failed integration's descriptor.</param>
        /// <param name="exception">What went wrong.</param>
        /// <param name="attempt">The number of the failed attempt, starting at 1.</param>
        /// <param name="willRetry">Whether another attempt follows.</param>
        public IntegrationFailure(IntegrationDescriptor integration, Exception exception, int attempt, bool willRetry)
        {
            Integration = integration ?? throw new ArgumentNullException(nameof(integration));
            Exception = exception ?? throw new ArgumentNullException(nameof(exception));
            if (attempt < 1) throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "Attempts are counted from 1.");
            Attempt = attempt;
            WillRetry = willRetry;
        }

        /// <summary>The failed integration: its name, owner, contact, on-call and runbook.</summary>
        public IntegrationDescriptor Integration { get; }

        /// <summary>What went wrong.</summary>
        public Exception Exception { get; }

        /// <summary>The number of the failed attempt, starting at 1.</summary>
        public int Attempt { get; }

        /// <summary>Whether another attempt follows; <see langword="false"/> means the failure is final and needs a person.</summary>
        public bool WillRetry { get; }
    }
}
