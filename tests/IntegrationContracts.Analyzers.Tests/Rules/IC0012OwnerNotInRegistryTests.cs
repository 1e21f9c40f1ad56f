using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Ownership.OwnerNotInRegistryAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0012OwnerNotInRegistryTests
{
    private const string Registry = """
        {
          "teams": [
            { "name": "erp-team", "contact": "erp@contoso.example", "onCall": "pagerduty:ERP" },
            { "name": "Finance Systems", "runbook": "https://wiki.contoso.example/finance" }
          ]
        }
        """;

    private static Task VerifyAsync(string source, string? registry)
    {
        var test = VerifyCS.CreateTest("using IntegrationContracts;\n" + source);
        if (registry is not null)
        {
            test.TestState.AdditionalFiles.Add(("integration-owners.json", registry));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Unregistered_team_is_reported_on_the_team_argument() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            [IntegrationOwner({|IC0012:"erp-tem"|}, Contact = "erp@contoso.example")]
            public sealed class ShopOrderSync { }
            """, Registry);

    [Fact]
    public Task A_placeholder_team_is_IC0005s_not_a_team_to_replace_with_the_nearest() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            [IntegrationOwner("TODO: owning team", Contact = "erp@contoso.example")]
            public sealed class ShopOrderSync { }
            """, Registry);

    [Fact]
    public Task Registered_teams_match_trimmed_and_case_insensitively() =>
        VerifyAsync("""
            [assembly: IntegrationOwner(" ERP-TEAM ")]

            [Integration("invoices")]
            [IntegrationOwner("finance systems")]
            public sealed class InvoiceExport { }
            """, Registry);

    [Fact]
    public Task Without_a_registry_nothing_is_reported() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            [IntegrationOwner("anyone")]
            public sealed class ShopOrderSync { }
            """, registry: null);

    [Fact]
    public Task Malformed_registry_is_treated_as_absent() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            [IntegrationOwner("anyone")]
            public sealed class ShopOrderSync { }
            """, "{ \"teams\": [ { \"name\": 42 } ] }");

    [Fact]
    public Task Blank_team_is_left_to_IC0005() =>
        VerifyAsync("""
            [Integration("shop-orders")]
            [IntegrationOwner(" ")]
            public sealed class ShopOrderSync { }
            """, Registry);
}
