using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationContracts.Hosting;

/// <summary>
/// A ready alert hook: posts a card naming the integration, its owner, contact, on-call and runbook to a webhook (Teams,
/// Slack or a generic endpoint). It uses its own HttpClient (<see cref="HttpClientName"/>, no contract pipeline, so an
/// alert never retries into itself) with a timeout, and never throws: a failed post is logged.
/// </summary>
/// <example><code>
/// [AlertHook(typeof(WebhookAlertHook), Audience = AlertAudience.Business)]
/// services.AddIntegrationWebhookAlerts(o => o.Url = new Uri(configuration["Alerts:Webhook"]!));
/// </code></example>
public sealed class WebhookAlertHook : IIntegrationAlertHook
{
    /// <summary>The named HttpClient the hook posts with.</summary>
    public const string HttpClientName = "IntegrationContracts.WebhookAlertHook";

    private readonly IHttpClientFactory _clients;
    private readonly WebhookAlertOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the hook; DI supplies these (<c>AddIntegrationWebhookAlerts</c> registers them).</summary>
    public WebhookAlertHook(IHttpClientFactory clients, IOptions<WebhookAlertOptions> options, ILogger<WebhookAlertHook> logger)
    {
        _clients = clients;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        if (_options.Url is null)
        {
            _logger.LogError("WebhookAlertHook has no URL (WebhookAlertOptions.Url); the failure of {IntegrationName} was not posted.", failure.Integration.Name);
            return;
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            var client = _clients.CreateClient(HttpClientName);
            using var response = await client.PostAsJsonAsync(_options.Url, WebhookCard.For(failure, _options.Format), timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogError("The alert webhook answered {StatusCode} for the failure of {IntegrationName}.", (int)response.StatusCode, failure.Integration.Name);
            }
        }
        catch (Exception exception)
        {
            // Never thrown: the hook runs where the integration already failed, and the alert must not become a second failure.
            _logger.LogError(exception, "The alert webhook could not be told about the failure of {IntegrationName}.", failure.Integration.Name);
        }
    }
}
