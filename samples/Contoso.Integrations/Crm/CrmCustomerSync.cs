using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Crm;

/// <summary>Keeps the ERP's customer cards in step with the CRM, one <see cref="CustomerChanged"/> message at a time.</summary>
[Integration("crm-customers-to-erp", Source = "CRM", Target = "Business Central", Process = "Order-to-Cash",
             Objects = new[] { typeof(Customer) },
             Description = "Customer accounts created or edited in the CRM are upserted as customer cards in Business Central.")]
[IntegrationOwner("crm-team", Contact = "crm@contoso.example", OnCall = "opsgenie:crm-team",
                  Runbook = "https://wiki.contoso.example/runbooks/crm-customers")]
[NoRetry("The CRM's message bus redelivers an unacknowledged message 10 times and then dead-letters it; retrying here too would multiply the attempts.")]
[AlertHook(typeof(TeamsChannelAlert))]
// A customer missing in the ERP blocks the release of that customer's orders, which the order desk sees first.
[AlertHook(typeof(OrderDeskEmailAlert), Audience = AlertAudience.Business)]
public sealed class CrmCustomerSync
{
    private readonly HttpClient _erp;

    /// <summary>Creates the handler over the Business Central API client.</summary>
    /// <param name="erp">Client for the Business Central API of the Contoso company.</param>
    public CrmCustomerSync(HttpClient erp) => _erp = erp ?? throw new ArgumentNullException(nameof(erp));

    /// <summary>Creates or updates the ERP customer card for the changed CRM account.</summary>
    /// <param name="message">The change.</param>
    /// <param name="cancellationToken">Cancels the call; the bus then redelivers the message.</param>
    /// <returns>A task that completes when the ERP has accepted the change.</returns>
    public async Task HandleAsync(CustomerChanged message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Customer customer = message.Customer;

        var card = new ErpCustomerCard(
            customer.CustomerNo, customer.Name, customer.Email, customer.CountryCode, customer.VatNumber,
            message.CrmAccountId, message.ChangedAt);

        using HttpResponseMessage response = await _erp
            .PutAsJsonAsync("customers/" + Uri.EscapeDataString(customer.CustomerNo), card, cancellationToken)
            .ConfigureAwait(false);

        // The bus does not keep order; the ERP answers 409 when it already holds a newer change, which is a success for us.
        if (response.StatusCode == HttpStatusCode.Conflict) return;
        response.EnsureSuccessStatusCode();
    }

    // ChangedAt travels along so the ERP can refuse to overwrite a newer change with an older one.
    private sealed record ErpCustomerCard(
        string Number,
        string DisplayName,
        string Email,
        string CountryRegionCode,
        string? TaxRegistrationNumber,
        string CrmAccountId,
        DateTimeOffset ChangedAt);
}
