using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0010's evidence and location: inherited clients, clients held in collections, partial, nested, generic and
/// struct types, the choice among several pieces of evidence, and half-typed code.
/// </summary>
public sealed class IC0010EvidenceTests
{
    [Fact]
    public Task Concrete_subclass_of_an_abstract_client_base_is_reported_and_the_base_is_not() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;

            public abstract class ErpApiClient
            {
                private readonly HttpClient _http;
                protected ErpApiClient(IHttpClientFactory clients) => _http = clients.CreateClient("erp");
                protected HttpClient Http => _http;
            }

            public sealed class {|#0:ErpItemClient|} : ErpApiClient
            {
                public ErpItemClient(IHttpClientFactory clients) : base(clients) { }
            }

            public sealed class {|#1:ErpCustomerClient|} : ErpApiClient
            {
                public ErpCustomerClient(System.IServiceProvider services) : base((IHttpClientFactory)services.GetService(typeof(IHttpClientFactory))!) { }
            }
            """,
            new[]
            {
                VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ErpItemClient", "uses IHttpClientFactory"),
                VerifyCS.Diagnostic("IC0010").WithLocation(1).WithArguments("ErpCustomerClient", "uses HttpClient, inherited from ErpApiClient"),
            });

    [Fact]
    public Task Client_inherited_through_two_levels_of_abstract_bases_is_found() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using Azure.Storage.Blobs;

            public abstract class BlobStore { protected BlobContainerClient? Container { get; set; } }
            public abstract class JsonBlobStore<T> : BlobStore { }
            public sealed class {|#0:PriceListStore|} : JsonBlobStore<decimal> { }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("PriceListStore", "uses BlobContainerClient (Azure Storage), inherited from BlobStore") });

    [Fact]
    public Task Client_inherited_from_a_base_class_in_a_referenced_assembly_is_found()
    {
        var test = VerifyCS.CreateTest("""
            public sealed class {|IC0010:ShopifyOrderClient|} : Contoso.Shared.ApiClientBase { }
            """);
        var shared = test.TestState.AdditionalProjects["Contoso.Shared"];
        shared.Sources.Add("""
            namespace Contoso.Shared
            {
                public abstract class ApiClientBase
                {
                    protected System.Net.Http.HttpClient Http { get; } = new();
                }
            }
            """);
        shared.AdditionalReferences.AddRange(Verifiers.ClientLibraries.References);
        test.TestState.AdditionalProjectReferences.Add("Contoso.Shared");
        return test.RunAsync();
    }

    [Fact]
    public Task Non_abstract_base_and_its_subclass_are_both_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public class {|IC0010:CarrierApi|} { protected readonly HttpClient Http = new(); }
            public sealed class {|IC0010:DhlCarrierApi|} : CarrierApi { }
            """);

    [Fact]
    public Task Clients_held_in_collections_lazies_tasks_and_factories_are_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Collections.Concurrent;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;
            using RabbitMQ.Client;

            public sealed class {|#0:TopicSenders|} { private readonly ConcurrentDictionary<string, ServiceBusSender> _senders = new(); }
            public sealed class {|IC0010:LazyBroker|} { private readonly Lazy<Task<IConnection>> _connection = null!; }
            public sealed class {|IC0010:ClientPerTenant|}(Func<string, HttpClient> clientFor) { }
            public sealed class {|IC0010:ClientPool|} { private readonly HttpClient[] _pool = Array.Empty<HttpClient>(); }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("TopicSenders", "uses ServiceBusSender (Azure Service Bus)") });

    [Fact]
    public Task Generic_types_only_named_after_a_client_are_not_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using Microsoft.Extensions.Http;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Options;

            public sealed class HttpDiagnostics(ILogger<HttpClient> logger, IOptions<HttpClientFactoryOptions> options) { }
            """);

    [Fact]
    public Task Partial_type_is_reported_once_in_the_file_that_shows_the_evidence() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            public sealed partial class StockSync { public void Run() { } }
            """,
            """
            using System.Net.Http;

            public sealed partial class {|IC0010:StockSync|} { private readonly HttpClient _http = new(); }
            """);

    [Fact]
    public Task Nested_type_is_reported_on_its_own_and_does_not_make_the_outer_type_an_integration() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public static class Logistics
            {
                public static string Describe() => "3PL";

                public sealed class {|IC0010:TrackingPoller|}
                {
                    public Task<string> PollAsync() => Task.Run(() => new HttpClient().GetStringAsync("https://3pl.example/track"));
                }
            }
            """);

    [Fact]
    public Task Struct_record_and_generic_types_are_reported_by_name() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;

            public readonly struct {|#0:RateLookup|}(HttpClient http) { }
            public sealed record {|IC0010:FeedReader|}(HttpClient Http);
            public sealed class {|#1:JsonFeed|}<T>(HttpClient http) where T : class { }
            """,
            new[]
            {
                VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("RateLookup", "uses HttpClient"),
                VerifyCS.Diagnostic("IC0010").WithLocation(1).WithArguments("JsonFeed<T>", "uses HttpClient"),
            });

    [Fact]
    public Task Declared_evidence_wins_over_method_bodies_and_the_first_declared_member_is_named() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            using System.Net.Mail;
            using Azure.Storage.Queues;

            public sealed class {|#0:OrderDesk|}(QueueClient queue)
            {
                private readonly SmtpClient _smtp = new("relay");
                public void Ping() { using var http = new HttpClient(); }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("OrderDesk", "uses QueueClient (Azure Storage)") });

    [Fact]
    public Task Of_several_uses_in_method_bodies_the_first_in_the_file_is_named() =>
        VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net.Http;
            using System.Net.Mail;

            public sealed class {|#0:NightlyJobs|}
            {
                public void Mail() { new SmtpClient("relay").Send("a@contoso.example", "b@contoso.example", "s", "b"); }
                public void Fetch() { using var http = new HttpClient(); }
            }
            """,
            new[] { VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("NightlyJobs", "creates SmtpClient (System.Net.Mail)") });

    [Fact]
    public Task A_client_passed_to_one_method_belongs_to_the_caller() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class PagedReader
            {
                public Task<string> ReadPageAsync(HttpClient client, int page) => client.GetStringAsync("?page=" + page);
            }
            """);

    [Fact]
    public Task Naming_a_client_type_without_holding_one_is_not_evidence() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Net.Http;

            public sealed class ClientNames
            {
                public Type ClientType => typeof(HttpClient);
                public string Name => nameof(HttpClient);
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_break_the_analyzer()
    {
        var test = VerifyCS.CreateTest("""
            using System.Net.Http;

            public sealed class {|IC0010:Broken|}
            {
                private readonly HttpClient _http = new(
                public Broken(MissingType missing, IUnknownClient other) { var x = new Unknown(); HttpClient y = ; }
            }

            public sealed class AlsoBroken : MissingBase, IMissing<int>
            {
                private readonly Missing<HttpClient> _field;
                public void Run() { var client = new NotThere<int>(); }
            }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }
}
