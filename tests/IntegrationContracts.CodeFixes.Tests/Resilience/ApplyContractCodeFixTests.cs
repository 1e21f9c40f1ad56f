using Apply = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer,
    IntegrationContracts.CodeFixes.Resilience.ApplyContractToRegistrationCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Resilience;

/// <summary>IC0002's "apply the contract to its HttpClient registration": the registration in this project gets AddIntegrationContract, and IC0002 goes.</summary>
public sealed class ApplyContractCodeFixTests
{
    [Fact]
    public Task A_typed_client_registration_gets_the_contract_by_name() =>
        Apply.VerifyHostedCodeFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|}(HttpClient http)
            {
                public HttpClient Http => http;
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<ShopOrderSync>(client => client.Timeout = System.TimeSpan.FromSeconds(30));
                }
            }
            """,
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public HttpClient Http => http;
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<ShopOrderSync>(client => client.Timeout = System.TimeSpan.FromSeconds(30)).AddIntegrationContract("shop-orders");
                }
            }
            """,
            "IC0002:apply-contract:Test0.cs:15");

    [Fact]
    public Task A_named_client_the_integration_creates_gets_the_contract() =>
        Apply.VerifyHostedCodeFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-invoices")]
            public sealed class {|IC0002:InvoiceSync|}(IHttpClientFactory clients)
            {
                public HttpClient Erp => clients.CreateClient("erp");
            }

            public static class Registration
            {
                public static IHttpClientBuilder Add(IServiceCollection services) => services.AddHttpClient("erp");
            }
            """,
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("erp-invoices")]
            public sealed class InvoiceSync(IHttpClientFactory clients)
            {
                public HttpClient Erp => clients.CreateClient("erp");
            }

            public static class Registration
            {
                public static IHttpClientBuilder Add(IServiceCollection services) => services.AddHttpClient("erp").AddIntegrationContract("erp-invoices");
            }
            """,
            "IC0002:apply-contract:Test0.cs:13");

    [Fact]
    public Task Without_a_registration_in_the_project_there_is_nothing_to_apply_it_to() =>
        Apply.VerifyHostedNoFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|}(HttpClient http)
            {
                public HttpClient Http => http;
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient("unrelated");
            }
            """);

    [Fact]
    public Task A_builder_kept_in_a_variable_is_left_to_a_person() =>
        Apply.VerifyHostedNoFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|}(HttpClient http)
            {
                public HttpClient Http => http;
            }

            public static class Registration
            {
                public static IHttpClientBuilder Add(IServiceCollection services)
                {
                    var builder = services.AddHttpClient<ShopOrderSync>();
                    return builder;
                }
            }
            """);
}
