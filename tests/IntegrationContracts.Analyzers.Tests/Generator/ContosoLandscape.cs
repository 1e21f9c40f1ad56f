namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>
/// The contracts of samples/Contoso.Integrations (bodies left out), for the format snapshots: what a team sees when
/// it turns the formats on. A copy rather than the sample files, so that growing the samples does not churn the
/// snapshots of the formats.
/// </summary>
internal static class ContosoLandscape
{
    public const string AssemblyName = "Contoso.Integrations";

    public const string Alerts = """
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        namespace Contoso.Integrations.Alerting;

        public sealed class TeamsChannelAlert : IIntegrationAlertHook
        {
            public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public sealed class OrderDeskEmailAlert : IIntegrationAlertHook
        {
            public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    public const string Domain = """
        using IntegrationContracts;

        namespace Contoso.Integrations.Domain;

        [SourceOfTruth("CRM")]
        [SourceOfTruth("Business Central", Process = "Invoicing")]
        public sealed record Customer(string CustomerNo);

        [SourceOfTruth("Shopify", Process = "Order-to-Cash")]
        [SourceOfTruth("Business Central")]
        public sealed record SalesOrder(string OrderNo);

        [SourceOfTruth("Business Central")]
        public sealed record Invoice(string InvoiceNo);

        public sealed record Shipment(string ShipmentNo);
        """;

    public const string Integrations = """
        using Contoso.Integrations.Alerting;
        using Contoso.Integrations.Domain;
        using IntegrationContracts;

        namespace Contoso.Integrations;

        [Integration("crm-customers-to-erp", Source = "CRM", Target = "Business Central", Process = "Order-to-Cash",
                     Objects = new[] { typeof(Customer) },
                     Description = "Customer accounts created or edited in the CRM are upserted as customer cards in Business Central.")]
        [IntegrationOwner("crm-team", Contact = "crm@contoso.example", OnCall = "opsgenie:crm-team",
                          Runbook = "https://wiki.contoso.example/runbooks/crm-customers")]
        [NoRetry("The CRM's message bus redelivers an unacknowledged message 10 times and then dead-letters it; retrying here too would multiply the attempts.")]
        [AlertHook(typeof(TeamsChannelAlert))]
        [AlertHook(typeof(OrderDeskEmailAlert), Audience = AlertAudience.Business)]
        public sealed class CrmCustomerSync { }

        public sealed class InvoiceExport
        {
            [Integration("erp-invoices-to-accounting", Source = "Business Central", Target = "Sage 50", Process = "Invoicing",
                         Objects = new[] { typeof(Invoice) },
                         Description = "Nightly CSV batch of the day's posted sales invoices, picked up by Sage 50 from the SFTP import folder.")]
            [IntegrationOwner("finance-systems", Contact = "finance-systems@contoso.example", Runbook = "docs/runbooks/invoice-export.md")]
            [RetryPolicy(3, Backoff = RetryBackoff.Fixed, DeadLetter = "sftp://files.contoso.example/accounting/failed")]
            [AlertHook(typeof(TeamsChannelAlert))]
            public void ExportAsync() { }
        }

        [Integration("erp-shipments-to-3pl", Source = "Business Central", Target = "3PL Warehouse", Process = "Fulfilment",
                     Objects = new[] { typeof(Shipment) },
                     Description = "Released warehouse shipments are sent to the 3PL as advance shipping notices, so it can pick and pack them.")]
        public sealed class ShipmentNotifier { }

        [Integration("shop-orders-to-erp", Source = "Shopify", Target = "Business Central", Process = "Order-to-Cash",
                     Objects = new[] { typeof(SalesOrder) },
                     Description = "Every 5 minutes, paid Shopify orders are created as sales orders in Business Central so the warehouse can ship them the same day.")]
        [IntegrationOwner("erp-team", Contact = "erp@contoso.example", OnCall = "pagerduty:ERP",
                          Runbook = "https://wiki.contoso.example/runbooks/shop-orders")]
        [RetryPolicy(5, Backoff = RetryBackoff.Exponential, DeadLetter = "shop-orders-dlq")]
        [AlertHook(typeof(TeamsChannelAlert))]
        [AlertHook(typeof(OrderDeskEmailAlert), Audience = AlertAudience.Business)]
        public sealed class ShopOrderImport { }
        """;

    public static string[] All => new[] { Alerts, Domain, Integrations };
}
