using System.Threading;
using System.Threading.Tasks;

namespace IntegrationContracts
{
    /// <summary>
    /// Is told when an integration fails, so that the people named by its contract hear about it before
    /// customers do. Register implementations with <see cref="AlertHookAttribute"/>.
    /// </summary>
    public interface IIntegrationAlertHook
    {
        /// <summary>Called when an attempt of the integration fails.</summary>
        /// <param name="failure">What failed: the integration's descriptor (owner, contact, runbook), the exception and the attempt.</param>
        /// <param name="cancellationToken">Cancels the notification.</param>
        /// <returns>A task that completes when the alert has been raised.</returns>
        Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken);
    }
}
