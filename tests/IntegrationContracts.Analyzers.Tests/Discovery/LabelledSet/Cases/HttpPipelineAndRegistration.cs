using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;

namespace LabelledSet.HttpPipelineAndRegistration;

// IC0010: no (message handler in the ERP client's pipeline: adds the token)
public sealed class ErpTokenHandler(IHttpClientFactory clients) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string token = await clients.CreateClient("erp-auth").GetStringAsync("oauth/token", cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}

// IC0010: no (DI registration: wires the clients, calls nothing)
public static class IntegrationServiceCollectionExtensions
{
    public static IServiceCollection AddContosoIntegrations(this IServiceCollection services, string serviceBusConnection)
    {
        services.AddTransient<ErpTokenHandler>();
        services.AddHttpClient("erp", client => client.BaseAddress = new Uri("https://erp.contoso.example/api/"))
            .AddHttpMessageHandler<ErpTokenHandler>();
        services.AddSingleton(new ServiceBusClient(serviceBusConnection));
        services.AddSingleton(provider => provider.GetRequiredService<ServiceBusClient>().CreateSender("orders"));
        return services;
    }
}

// IC0010: no (resilience settings holder, no client)
public sealed class RetrySettings
{
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(2);
}
