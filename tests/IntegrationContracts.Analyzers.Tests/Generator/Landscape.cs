namespace IntegrationContracts.Analyzers.Tests.Generator;

/// <summary>A small landscape that exercises every part of the manifest: levels, partial, nested, generic, method-level.</summary>
internal static class Landscape
{
    public const string Defaults = """
        using IntegrationContracts;

        [assembly: IntegrationOwner("platform-team", Contact = "platform@contoso.example")]
        [assembly: AlertHook(typeof(Contoso.Sync.Alerts.OpsAlert))]
        [assembly: SourceOfTruth("Business Central", Object = typeof(System.Uri), Process = "Invoicing")]
        """;

    public const string Alerts = """
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        namespace Contoso.Sync.Alerts;

        public sealed class OpsAlert : IIntegrationAlertHook
        {
            public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public sealed class OrderDeskAlert : IIntegrationAlertHook
        {
            public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    public const string Orders = """
        using IntegrationContracts;
        using Contoso.Sync.Alerts;

        namespace Contoso.Sync.Orders;

        [SourceOfTruth("Shopify", Process = "Order-to-Cash")]
        [SourceOfTruth("Business Central")]
        public sealed record SalesOrder(string Number);

        public sealed record Invoice(string Number);

        [Integration("shop-orders-to-erp", Source = "Shopify", Target = "Business Central", Process = "Order-to-Cash",
                     Objects = new[] { typeof(SalesOrder), typeof(Invoice) }, Description = "Paid orders, every \"5\" minutes\nfrom C:\\shop")]
        [IntegrationOwner("erp-team", Contact = "erp@contoso.example", OnCall = "pagerduty:ERP", Runbook = "https://wiki.contoso.example/runbooks/shop-orders")]
        [RetryPolicy(5, Backoff = RetryBackoff.Exponential, DeadLetter = "shop-orders-dlq")]
        [AlertHook(typeof(OrderDeskAlert), Audience = AlertAudience.Business)]
        public sealed partial class ShopOrderImport
        {
        }
        """;

    public const string Exports = """
        using IntegrationContracts;

        namespace Contoso.Sync.Finance;

        [RetryPolicy(3, Backoff = RetryBackoff.Fixed)]
        public sealed class Exports
        {
            [Integration("erp-invoices-to-accounting", Source = "Business Central", Target = "Sage 50")]
            [IntegrationOwner("finance-systems", Runbook = "docs/runbooks/invoices.md")]
            public void ExportInvoices() { }

            [Integration("erp-items-to-shop")]
            [NoRetry("The shop re-reads the full catalogue every night.")]
            public void ExportItems() { }

            private static class Hidden
            {
                [Integration("hidden-feed")]
                public sealed class Feed { }
            }
        }

        [Integration("generic-feed")]
        public sealed class Feed<TMessage> where TMessage : class { }
        """;

    public static string[] All => new[] { Defaults, Alerts, Orders, Exports };
}
