using System.Text.Json;
using IntegrationContracts.Analyzers.Tests.Verifiers;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0002 counts the contract's own pipeline (IntegrationContracts.Hosting) as retry: AddIntegrationContract() on the
/// integration's HttpClient registration, or IIntegrationPipelines.For&lt;T&gt;() / For("name"). Without a declared
/// [RetryPolicy] the pipeline runs the hosting default, so the integration does retry.
/// </summary>
public sealed class IC0002ContractPipelineTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;
        using IntegrationContracts.Hosting;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task A_typed_client_registration_with_AddIntegrationContract_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http)
            {
                public Task RunAsync(CancellationToken ct) => http.GetAsync("/orders", ct);
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient<ShopOrderSync>().AddIntegrationContract();
            }
            """);

    [Fact]
    public Task A_named_client_with_the_contract_named_counts_for_that_integration_only() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("erp-invoices")]
            public sealed class InvoiceSync(IHttpClientFactory clients)
            {
                public Task RunAsync(CancellationToken ct) => clients.CreateClient("erp").GetAsync("/invoices", ct);
            }

            [Integration("erp-items")]
            public sealed class {|IC0002:ItemSync|}(HttpClient http)
            {
                public Task RunAsync(CancellationToken ct) => http.GetAsync("/items", ct);
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient("erp").AddIntegrationContract("erp-invoices");
            }
            """);

    [Fact]
    public Task A_pipeline_taken_by_type_or_by_name_counts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("invoice-mail")]
            public sealed class InvoiceMailer(IIntegrationPipelines pipelines)
            {
                public ValueTask SendAsync(CancellationToken ct) => pipelines.For<InvoiceMailer>().ExecuteAsync(_ => ValueTask.CompletedTask, ct);
            }

            [Integration("stock-ftp")]
            public sealed class StockUpload(IIntegrationPipelines pipelines)
            {
                public ValueTask UploadAsync(CancellationToken ct) => pipelines.For("stock-ftp").ExecuteAsync(_ => ValueTask.CompletedTask, ct);
            }
            """);

    [Fact]
    public Task A_look_alike_For_or_a_contract_for_another_name_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed class Pipelines
            {
                public Pipelines For<T>() => this;
            }

            [Integration("invoice-mail")]
            public sealed class {|IC0002:InvoiceMailer|}(Pipelines pipelines, IIntegrationPipelines contracts)
            {
                public void Send() => pipelines.For<InvoiceMailer>();

                public object Other() => contracts.For("stock-ftp");
            }
            """);

    [Fact]
    public Task Without_a_name_the_contract_is_found_by_the_clients_name_as_at_run_time() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public interface IShopClient { }

            // AddHttpClient<IShopClient, ShopClient>() is named "IShopClient": no integration has that name or type, so
            // start-up fails there (IntegrationContractException), and the build does not count it as ShopClient's retry.
            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopClient|}(HttpClient http) : IShopClient
            {
                public Task RunAsync(CancellationToken ct) => http.GetAsync("/orders", ct);
            }

            // A named client without a name argument applies the contract of the integration named like the client.
            [Integration("erp")]
            public sealed class ErpSync(IHttpClientFactory clients)
            {
                public Task RunAsync(CancellationToken ct) => clients.CreateClient("erp").GetAsync("/items", ct);
            }

            [Integration("erp-invoices")]
            public sealed class {|IC0002:InvoiceSync|}(IHttpClientFactory clients)
            {
                public Task RunAsync(CancellationToken ct) => clients.CreateClient("erp").GetAsync("/invoices", ct);
            }

            public static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<IShopClient, ShopClient>().AddIntegrationContract();
                    services.AddHttpClient("erp").AddIntegrationContract();
                }
            }
            """);

    [Fact]
    public Task A_type_that_only_holds_integration_methods_or_a_name_that_is_not_a_constant_does_not_count() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            // For<T>() finds a pipeline only for [Integration] on the class; for the methods of T it fails when asked.
            public sealed class WarehouseJobs(IIntegrationPipelines pipelines)
            {
                [Integration("stock-upload")]
                public ValueTask {|IC0002:UploadAsync|}(CancellationToken ct) => pipelines.For<WarehouseJobs>().ExecuteAsync(_ => ValueTask.CompletedTask, ct);
            }

            [Integration("invoice-mail")]
            public sealed class {|IC0002:InvoiceMailer|}(IIntegrationPipelines pipelines)
            {
                private static readonly string Name = Environment.GetEnvironmentVariable("CONTRACT") ?? "invoice-mail";

                public ValueTask SendAsync(CancellationToken ct) => pipelines.For(Name).ExecuteAsync(_ => ValueTask.CompletedTask, ct);
            }
            """);

    [Fact]
    public void The_manifest_names_the_contract_pipeline_as_the_evidence()
    {
        var built = BuiltProjects.Library("Contoso.Shop", """
            using System.Net.Http;
            using IntegrationContracts;
            using Microsoft.Extensions.DependencyInjection;

            [Integration("shop-orders")]
            public sealed class ShopOrderSync(HttpClient http) { public HttpClient Http => http; }

            public static class Registration
            {
                public static void Add(IServiceCollection services) => services.AddHttpClient<ShopOrderSync>().AddIntegrationContract();
            }
            """);

        using var manifest = JsonDocument.Parse(BuiltProjects.ManifestOf(built));
        var retry = manifest.RootElement.GetProperty("integrations")[0].GetProperty("retry");
        Assert.Equal("code", retry.GetProperty("declaredOn").GetString());
        Assert.Equal("contractPipeline", retry.GetProperty("evidence").GetProperty("kind").GetString());
        Assert.Contains("AddIntegrationContract()", retry.GetProperty("evidence").GetProperty("description").GetString());
    }
}
