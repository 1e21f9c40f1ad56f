using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Billing;

/// <summary>Tells the web shop when an order's payment succeeded or failed.</summary>
[Integration("payment-status-to-shop", Source = "Stripe", Target = "Shopify",
             Description = "Payment outcomes from Stripe, posted to the shop's order notes.")]
[IntegrationOwner("billing-team", Contact = "billing@contoso.example", OnCall = "pagerduty:Billing")]
[RetryPolicy(3, Backoff = RetryBackoff.Fixed)]
[AlertHook(typeof(BillingAlert))]
public sealed class PaymentStatusFeed(HttpClient shop)
{
    /// <summary>Posts one payment outcome.</summary>
    /// <param name="orderId">The shop's order id.</param>
    /// <param name="status">paid, failed or refunded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the shop accepted the note.</returns>
    public async Task PostAsync(string orderId, string status, CancellationToken cancellationToken)
    {
        using var content = new StringContent(status);
        using var response = await shop.PostAsync($"orders/{orderId}/notes", content, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
