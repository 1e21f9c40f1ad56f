using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Billing;

/// <summary>Copies new Stripe customers to the ERP, so their invoices can be posted.</summary>
[Integration("stripe-customers-to-erp", Source = "Stripe", Target = "Business Central", Process = "Invoicing",
             Objects = new[] { typeof(Customer) },
             Description = "New Stripe customers created as ERP customer cards for invoicing.")]
[IntegrationOwner("billing-team", Contact = "billing@contoso.example", OnCall = "pagerduty:Billing")]
[RetryPolicy(5, Backoff = RetryBackoff.Exponential)]
[AlertHook(typeof(BillingAlert))]
public sealed class StripeCustomerExport(HttpClient erp)
{
    /// <summary>Creates the customer card in the ERP.</summary>
    /// <param name="customer">The Stripe customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the ERP accepted the card.</returns>
    public async Task ExportAsync(Customer customer, CancellationToken cancellationToken)
    {
        using var response = await erp.PostAsJsonAsync("customers", customer, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
