using Polly;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The contract pipelines of calls that are not HttpClient (an SDK, SMTP, a queue): the declared retry, with the
/// integration's telemetry, health and alerts on give-up. Registered by <c>services.AddIntegrationContracts()</c>.
/// </summary>
/// <example>
/// <code>
/// await pipelines.For&lt;InvoiceMailer&gt;().ExecuteAsync(async ct => await smtp.SendAsync(message, ct), cancellationToken);
/// </code>
/// </example>
public interface IIntegrationPipelines
{
    /// <summary>The pipeline of the integration <typeparamref name="TIntegration"/> declares (<c>[Integration]</c> on the class).</summary>
    /// <exception cref="IntegrationContractException">The type declares no integration.</exception>
    ResiliencePipeline For<TIntegration>();

    /// <summary>The pipeline of the integration with this name.</summary>
    /// <exception cref="IntegrationContractException">No integration has this name.</exception>
    ResiliencePipeline For(string integrationName);
}
