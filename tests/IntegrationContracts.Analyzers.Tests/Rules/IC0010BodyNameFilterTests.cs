using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// IC0010 reads method bodies only where a name can denote a client (ClientNames): the shapes that must still reach
/// the bound check, and ordinary code that must not be bound or reported.
/// </summary>
public sealed class IC0010BodyNameFilterTests
{
    [Fact]
    public Task A_local_of_a_project_type_deriving_from_a_client_is_read_whatever_its_name() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public class Erp : HttpClient { }

            public sealed class {|#0:Invoices|}
            {
                public void Push()
                {
                    Erp erp = Connect();
                    erp.Dispose();
                }

                private static Erp Connect() => null!;
            }
            """,
            new[]
            {
                VerifyCS.Diagnostic("IC0010").WithSpan(3, 14, 3, 17).WithArguments("Erp", "derives from HttpClient"),
                VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("Invoices", "uses Erp"),
            });

    [Fact]
    public Task A_var_local_from_a_project_method_that_returns_a_client_is_read() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public static class Connections { public static HttpClient Open() => new(); }

            public sealed class {|IC0010:Invoices|}
            {
                public void Push()
                {
                    using var erp = Connections.Open();
                }
            }
            """);

    [Fact]
    public Task A_var_local_from_a_factory_named_as_clients_are_is_read() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Net.Http;

            public sealed class {|IC0010:Invoices|}
            {
                public void Push(IHttpClientFactory factory)
                {
                    using var erp = factory.CreateClient("erp");
                }
            }
            """);

    [Fact]
    public Task Ordinary_code_with_locals_creations_and_lambdas_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;

            public sealed record Line(string Sku, int Quantity, decimal Price);

            public sealed class Calculator
            {
                private readonly Dictionary<string, decimal> _cache = new();

                public decimal Total(IReadOnlyList<Line> lines)
                {
                    var total = 0m;
                    var builder = new System.Text.StringBuilder();
                    List<Line> large = lines.Where(l => l.Quantity > 10).ToList();
                    foreach (var line in large)
                    {
                        total += line.Quantity * line.Price;
                    }

                    return total;
                }

                // A client handed out by a factory is composition code, not a use.
                public HttpClient Create() => new();
            }
            """);

    [Fact]
    public Task Library_types_that_are_clients_under_another_name_are_read() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using System.Threading.Tasks;
            using Azure.Messaging.ServiceBus;
            using Confluent.Kafka;

            // IBusControl is MassTransit's IBus; a session receiver is a receiver; Build() returns Kafka's IProducer.
            public sealed class {|IC0010:OrderEvents|}
            {
                public void Run()
                {
                    MassTransit.IBusControl bus = null!;
                    _ = bus;
                }
            }

            public sealed class {|IC0010:SessionDrain|}
            {
                public async Task DrainAsync(ServiceBusClient client)
                {
                    ServiceBusSessionReceiver receiver = await client.AcceptNextSessionAsync("orders");
                }
            }

            public sealed class {|IC0010:PricePublisher|}
            {
                public void Publish(ProducerConfig config)
                {
                    using var producer = new ProducerBuilder<Null, string>(config).Build();
                }
            }
            """);
}
