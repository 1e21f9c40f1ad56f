using System;
using System.Net.Http;
using Contoso.Integrations.WebShop;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Integrations.Hosting;

/// <summary>Registers the web shop order import with its declared contract applied to both of its HttpClients.</summary>
public static class OrderImportRegistration
{
    /// <summary>The named client for the Shopify Admin API.</summary>
    public const string ShopClient = "shopify";

    /// <summary>The named client for the Business Central API.</summary>
    public const string ErpClient = "business-central";

    /// <summary>
    /// Adds <see cref="ShopOrderImport"/>. Both clients run the contract of <c>shop-orders-to-erp</c>: its
    /// <c>[RetryPolicy(5, Backoff = Exponential)]</c>, its owner on every metric and span, and its alert hooks when a
    /// call gives up — the declaration is the policy, so the two cannot drift apart.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="shopAddress">The Shopify Admin API's base address.</param>
    /// <param name="erpAddress">The Business Central API's base address.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddShopOrderImport(this IServiceCollection services, Uri shopAddress, Uri erpAddress)
    {
        services.AddHttpClient(ShopClient, client => client.BaseAddress = shopAddress).AddIntegrationContract("shop-orders-to-erp");
        services.AddHttpClient(ErpClient, client => client.BaseAddress = erpAddress).AddIntegrationContract("shop-orders-to-erp");
        services.AddTransient(provider =>
        {
            var clients = provider.GetRequiredService<IHttpClientFactory>();
            return new ShopOrderImport(clients.CreateClient(ShopClient), clients.CreateClient(ErpClient));
        });
        return services;
    }
}
