using IntegrationContracts.Analyzers.Ownership;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Ownership.MissingOwnerAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0001MissingOwnerTests
{
    // Retry and alert hook are complete in these sources, so only the owner varies.
    private const string Usings = "using IntegrationContracts;\n";

    [Fact]
    public Task Integration_without_owner_is_reported_on_its_identifier() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            public sealed class {|IC0001:ShopOrderSync|} { }
            """);

    [Fact]
    public Task Owner_on_the_type_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [IntegrationOwner("erp-team")]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Owner_on_the_assembly_satisfies_every_integration() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: IntegrationOwner("platform-team")]

            [Integration("shop-orders")]
            public sealed class ShopOrderSync
            {
                [Integration("shop-refunds")]
                public void SyncRefunds() { }
            }
            """);

    [Fact]
    public Task Method_level_integration_without_owner_is_reported_on_the_method_identifier() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed class InvoiceExport
            {
                [Integration("invoices-to-accounting")]
                public void {|IC0001:Export|}() { }
            }
            """);

    [Fact]
    public Task Method_level_integration_takes_the_owner_of_its_containing_type() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [IntegrationOwner("finance-systems")]
            public sealed class InvoiceExport
            {
                [Integration("invoices-to-accounting")]
                public void Export() { }
            }
            """);

    [Fact]
    public Task Member_owner_does_not_leak_to_the_type_level_integration() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            public sealed class {|IC0001:ShopOrderSync|}
            {
                [Integration("shop-refunds")]
                [IntegrationOwner("finance-systems")]
                public void SyncRefunds() { }
            }
            """);

    [Fact]
    public Task Nested_integration_takes_the_owner_of_an_outer_type() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [IntegrationOwner("logistics-team")]
            public static class Logistics
            {
                public static class Carriers
                {
                    [Integration("shipments-to-3pl")]
                    public sealed class ShipmentNotifier { }
                }
            }
            """);

    [Fact]
    public Task Nested_integration_without_any_owner_is_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public static class Logistics
            {
                [Integration("shipments-to-3pl")]
                private sealed class {|IC0001:ShipmentNotifier|} { }
            }
            """);

    [Fact]
    public Task Generic_integration_is_reported_on_its_identifier() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("generic-sync")]
            public sealed class {|IC0001:Sync|}<TMessage> where TMessage : class { }
            """);

    [Fact]
    public Task Partial_type_reads_the_owner_from_another_file() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + """
            [Integration("crm-customers")]
            public sealed partial class CustomerSync { }
            """,
            Usings + """
            [IntegrationOwner("crm-team")]
            public sealed partial class CustomerSync { }
            """);

    [Fact]
    public Task Partial_type_without_owner_is_reported_once_on_the_part_with_the_contract() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + """
            public sealed partial class CustomerSync { public void Run() { } }
            """,
            Usings + """
            [Integration("crm-customers")]
            public sealed partial class {|IC0001:CustomerSync|} { }
            """);

    [Fact]
    public Task Struct_and_record_integrations_are_checked() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("price-feed")]
            public readonly struct {|IC0001:PriceFeed|} { }

            [Integration("stock-feed")]
            public sealed record {|IC0001:StockFeed|}(string Warehouse);
            """);

    [Fact]
    public Task Owner_attribute_with_invalid_team_still_counts_as_an_owner() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [IntegrationOwner("  ")]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Code_without_integrations_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [IntegrationOwner("erp-team")]
            public sealed class NotAnIntegration { public void Run() { } }
            """);

    [Fact]
    public Task Compilation_without_the_contracts_library_is_not_analyzed()
    {
        var test = VerifyCS.CreateTest("""
            namespace IntegrationContracts2 { public sealed class IntegrationAttribute : System.Attribute { public IntegrationAttribute(string n) { } } }
            [IntegrationContracts2.Integration("x")]
            public sealed class Sync { }
            """);
        test.TestState.AdditionalReferences.Clear();
        return test.RunAsync();
    }
}
