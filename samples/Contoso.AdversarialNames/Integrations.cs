using IntegrationContracts;

namespace Contoso.AdversarialNames;

public sealed class OpsAlert : IIntegrationAlertHook
{
    public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;
}

// Both names are longer than a Backstage name, and equal in their first 63 characters with the assembly's name.
[Integration("shopify-orders-to-business-central-for-every-storefront", Source = "Shopify", Target = "Business Central", Process = "Order-to-Cash")]
[IntegrationOwner("Straßen-Team", Contact = "strassen@contoso.example")]
[NoRetry("Shopify re-sends the webhook until it is acknowledged.")]
[AlertHook(typeof(OpsAlert))]
public sealed class ShopifyOrders { }

[Integration("shopify-refunds-to-business-central-for-every-storefront", Source = "Shopify", Target = "Business Central", Process = "Order to Cash!")]
[IntegrationOwner("Ünïcode-Team", Contact = "unicode@contoso.example")]
[NoRetry("Shopify re-sends the webhook until it is acknowledged.")]
[AlertHook(typeof(OpsAlert))]
public sealed class ShopifyRefunds { }

// Two integrations of one name (IC0006 reports it): two Components all the same.
[Integration("stock-sync", Source = "Business Central", Target = "Shopify")]
[IntegrationOwner("チーム", Contact = "warehouse-jp@contoso.example")]
[NoRetry("The next run sends the full stock again.")]
[AlertHook(typeof(OpsAlert))]
public sealed class StockSyncEast { }

[Integration("stock-sync", Source = "Business Central", Target = "Shopify")]
[IntegrationOwner("チーム", Contact = "warehouse-jp@contoso.example")]
[NoRetry("The next run sends the full stock again.")]
[AlertHook(typeof(OpsAlert))]
public sealed class StockSyncWest { }
