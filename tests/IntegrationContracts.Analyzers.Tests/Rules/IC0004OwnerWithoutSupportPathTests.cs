using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Ownership.OwnerWithoutSupportPathAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0004OwnerWithoutSupportPathTests
{
    private const string Usings = "using IntegrationContracts;\n";

    [Fact]
    public Task Owner_without_contact_oncall_or_runbook_is_reported_on_the_attribute() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [{|IC0004:IntegrationOwner("erp-team")|}]
            public sealed class ShopOrderSync { }
            """);

    [Theory]
    [InlineData("Contact = \"erp@contoso.example\"")]
    [InlineData("OnCall = \"pagerduty:ERP\"")]
    [InlineData("Runbook = \"docs/runbooks/orders.md\"")]
    public Task Any_one_support_path_satisfies_the_rule(string supportPath) =>
        VerifyCS.VerifyAnalyzerAsync(Usings + $$"""
            [Integration("shop-orders")]
            [IntegrationOwner("erp-team", {{supportPath}})]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Assembly_and_method_owners_are_checked_where_they_are_written() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: {|IC0004:IntegrationOwner("platform-team")|}]

            public sealed class Exports
            {
                [Integration("invoices")]
                [{|IC0004:IntegrationOwner("finance-systems", Contact = "   ")|}]
                public void Invoices() { }
            }
            """);

    [Fact]
    public Task Registry_entry_with_a_support_path_satisfies_the_rule()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("shop-orders")]
            [IntegrationOwner("ERP-Team ")]
            public sealed class ShopOrderSync { }

            [Integration("crm-customers")]
            [{|IC0004:IntegrationOwner("crm-team")|}]
            public sealed class CustomerSync { }
            """);
        test.TestState.AdditionalFiles.Add(("integration-owners.json", """
            { "teams": [
                { "name": "erp-team", "contact": "erp@contoso.example" },
                { "name": "crm-team" }
            ] }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Unreadable_registry_counts_as_no_registry()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("shop-orders")]
            [{|IC0004:IntegrationOwner("erp-team")|}]
            public sealed class ShopOrderSync { }
            """);
        test.TestState.AdditionalFiles.Add(("integration-owners.json", """{ "teams": [ { "name": "erp-team", "contact": "erp@contoso.example" } """));
        return test.RunAsync();
    }

    [Fact]
    public Task Blank_team_is_left_to_IC0005() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [IntegrationOwner("")]
            public sealed class ShopOrderSync { }
            """);
}
