using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010's options: <c>integration_contracts.external_client_types</c> and <c>integration_contracts.ignored_types</c>.</summary>
public sealed class IC0010OptionsTests
{
    private const string VendorSdk = """
        namespace Acme.Erp.Sdk
        {
            public sealed class ErpConnection { }
            public interface IErpSession { }
            public class ErpGateway { public ErpGateway(ErpConnection connection) { } }
        }
        """;

    [Fact]
    public Task Vendor_SDK_types_are_not_clients_without_the_option() =>
        VerifyCS.VerifyAnalyzerAsync("""
            using Acme.Erp.Sdk;
            public sealed class ItemSync(ErpConnection connection) { }
            """, VendorSdk);

    [Fact]
    public Task External_client_types_adds_classes_and_interfaces_by_metadata_name()
    {
        var test = VerifyCS.CreateTest("""
            using Acme.Erp.Sdk;

            public sealed class {|#0:ItemSync|}(ErpConnection connection) { }
            public sealed class {|IC0010:OrderSync|} { private readonly IErpSession? _session; }
            public sealed class {|#1:ErpGatewayWithRetry|} : ErpGateway { public ErpGatewayWithRetry() : base(new ErpConnection()) { } }
            """, VendorSdk);
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("ItemSync", "uses ErpConnection (configured external client)"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0010").WithLocation(1).WithArguments("ErpGatewayWithRetry", "derives from ErpGateway (configured external client)"));
        return test.WithGlobalOptions(("integration_contracts.external_client_types", "Acme.Erp.Sdk.ErpConnection, Acme.Erp.Sdk.IErpSession,Acme.Erp.Sdk.ErpGateway , Not.There.Type")).RunAsync();
    }

    [Fact]
    public Task External_client_types_names_a_bus_abstraction_and_its_handler_interface()
    {
        // An application's event bus whose broker implementation the analyzer cannot see through (another
        // repository, or a broker client it does not know): the team names the abstraction and its handler interface.
        var test = VerifyCS.CreateTest("""
            using Contoso.Bus;

            public sealed record OrderPlaced(string Number);
            public sealed class {|#0:OrderEvents|}(IEventBus bus) { }
            public sealed class {|#1:OrderPlacedHandler|} : IIntegrationEventHandler<OrderPlaced> { }
            public sealed class InvoiceRepository { }
            // A generic client interface that is not named as a handler stays a client: its holders are reported.
            public sealed class {|#2:InvoiceReader|}(IApiClient<InvoiceRepository> invoices) { }
            """, """
            namespace Contoso.Bus
            {
                public interface IEventBus { }
                public interface IIntegrationEventHandler<TEvent> { }
                public interface IApiClient<TResource> { }
            }
            """);
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("OrderEvents", "uses IEventBus (configured external client)"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0010").WithLocation(1).WithArguments("OrderPlacedHandler", "handles OrderPlaced via configured external client"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0010").WithLocation(2).WithArguments("InvoiceReader", "uses IApiClient<InvoiceRepository> (configured external client)"));
        return test.WithGlobalOptions(("integration_contracts.external_client_types", "Contoso.Bus.IEventBus, Contoso.Bus.IIntegrationEventHandler`1, Contoso.Bus.IApiClient`1")).RunAsync();
    }

    [Fact]
    public Task Ignored_types_takes_full_type_names_and_nested_types_with_plus_or_dot() =>
        VerifyCS.CreateTest("""
            using System.Net.Http;

            namespace Contoso.Tools
            {
                public sealed class ConnectivityProbe(HttpClient http) { }
                public sealed class {|IC0010:PriceFeed|}(HttpClient http) { }
                public static class Diagnostics
                {
                    public sealed class Pinger(HttpClient http) { }
                    public sealed class Tracer(HttpClient http) { }
                }
            }
            """)
            .WithGlobalOptions(("integration_contracts.ignored_types", "Contoso.Tools.ConnectivityProbe, Contoso.Tools.Diagnostics+Pinger,Contoso.Tools.Diagnostics.Tracer"))
            .RunAsync();

    [Fact]
    public Task Ignored_types_takes_namespaces_with_a_wildcard_including_nested_namespaces() =>
        VerifyCS.CreateTest("""
            using System.Net.Http;

            namespace Contoso.Legacy { public sealed class OldErpSync(HttpClient http) { } }
            namespace Contoso.Legacy.Ftp { public sealed class OldDrop(HttpClient http) { } }
            namespace Contoso.LegacyTools { public sealed class {|IC0010:Cleaner|}(HttpClient http) { } }
            namespace Contoso.Current { public sealed class {|IC0010:NewErpSync|}(HttpClient http) { } }
            """)
            .WithGlobalOptions(("integration_contracts.ignored_types", "Contoso.Legacy.*"))
            .RunAsync();

    [Fact]
    public Task An_ignored_type_also_covers_its_nested_types() =>
        VerifyCS.CreateTest("""
            using System.Net.Http;

            public sealed class Sandbox
            {
                public sealed class Client(HttpClient http) { }
            }
            """)
            .WithGlobalOptions(("integration_contracts.ignored_types", "Sandbox"))
            .RunAsync();

    [Fact]
    public Task Empty_option_values_keep_the_defaults() =>
        VerifyCS.CreateTest("""
            using System.Net.Http;
            public sealed class {|IC0010:PriceFeed|}(HttpClient http) { }
            """)
            .WithGlobalOptions(("integration_contracts.ignored_types", " , ,"), ("integration_contracts.external_client_types", ""))
            .RunAsync();
}
