using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Crm;

/// <summary>Writes the ERP's credit limits back onto the CRM's customer records, so sales sees them.</summary>
/// <remarks>
/// DELIBERATELY FLAWED for the sample build: it sends whole customers from Business Central to the CRM, but the CRM is
/// the customer master in Order-to-Cash (IC0009) - every run overwrites the sales team's edits with the ERP's copy.
/// The fix is to send only the credit limit, or to declare the process this really belongs to.
/// </remarks>
[Integration("erp-credit-limits-to-crm", Source = "Business Central", Target = "CRM", Process = "Order-to-Cash",
             Objects = new[] { typeof(Customer) },
             Description = "Credit limits from the ERP's customer cards, written to the CRM's customer records.")]
[IntegrationOwner("crm-team")]
[RetryPolicy(4, Backoff = RetryBackoff.Exponential)]
[AlertHook(typeof(TeamsChannelAlert))]
[AlertHook(typeof(OrderDeskEmailAlert), Audience = AlertAudience.Business)]
public sealed class CustomerCreditLimitSync
{
    private readonly HttpClient _crm;

    /// <summary>Creates the sync over the CRM's API client.</summary>
    /// <param name="crm">Client for the CRM's REST API.</param>
    public CustomerCreditLimitSync(HttpClient crm) => _crm = crm ?? throw new ArgumentNullException(nameof(crm));

    /// <summary>Writes one customer to the CRM.</summary>
    /// <param name="customer">The customer as the ERP knows it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the CRM accepted the customer.</returns>
    public async Task SendAsync(Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        using var response = await _crm.PutAsJsonAsync($"api/customers/{Uri.EscapeDataString(customer.CustomerNo)}", customer, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
