using SupportPath = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Ownership.OwnerWithoutSupportPathAnalyzer,
    IntegrationContracts.CodeFixes.Ownership.AddSupportPathCodeFix>;
using RegistryTeam = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Ownership.OwnerNotInRegistryAnalyzer,
    IntegrationContracts.CodeFixes.Ownership.UseRegistryTeamCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Ownership;

public sealed class SupportPathAndRegistryCodeFixTests
{
    private const string Registry = """
        { "teams": [ { "name": "erp-team" }, { "name": "crm-team" }, { "name": "finance-systems" }, { "name": "warehouse" } ] }
        """;

    [Fact]
    public Task IC0004_adds_a_contact_placeholder_that_IC0005_reports_until_filled_in() =>
        SupportPath.VerifyCodeFixLeavingDiagnosticsAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [{|IC0004:IntegrationOwner("erp-team")|}]
            public sealed class ShopOrderSync
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [IntegrationOwner("erp-team", Contact = "TODO: team e-mail or chat channel")]
            public sealed class ShopOrderSync
            {
            }
            """,
            "IC0004:contact");

    [Fact]
    public Task IC0004_on_an_assembly_owner_and_with_fix_all_in_every_file() =>
        SupportPath.VerifyCodeFixLeavingDiagnosticsAsync(
            """
            [assembly: {|IC0004:IntegrationContracts.IntegrationOwner("platform")|}]

            public sealed class Outer
            {
                [IntegrationContracts.Integration("x")]
                [{|IC0004:IntegrationContracts.IntegrationOwner("erp-team")|}]
                public void Run() { }
            }
            """,
            """
            [assembly: IntegrationContracts.IntegrationOwner("platform", Contact = "TODO: team e-mail or chat channel")]

            public sealed class Outer
            {
                [IntegrationContracts.Integration("x")]
                [IntegrationContracts.IntegrationOwner("erp-team", Contact = "TODO: team e-mail or chat channel")]
                public void Run() { }
            }
            """,
            "IC0004:contact",
            fixedDiagnostics: 2);

    [Theory]
    [InlineData("erp-teem", 0, "erp-team")]
    [InlineData("finance", 0, "finance-systems")]
    [InlineData("crm", 0, "crm-team")]
    [InlineData("erp-teem", 1, "crm-team")]
    public Task IC0012_offers_the_nearest_registry_teams(string written, int index, string chosen) =>
        RegistryTeam.VerifyCodeFixAsync(
            $$"""
            using IntegrationContracts;

            [Integration("shop-orders")]
            [IntegrationOwner({|IC0012:"{{written}}"|})]
            public sealed class ShopOrderSync
            {
            }
            """,
            $$"""
            using IntegrationContracts;

            [Integration("shop-orders")]
            [IntegrationOwner("{{chosen}}")]
            public sealed class ShopOrderSync
            {
            }
            """,
            index: index,
            registry: Registry);

    [Fact]
    public Task IC0012_fix_all_gives_each_finding_its_own_nearest_team_never_the_first_findings() =>
        RegistryTeam.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            [Integration("invoices")]
            [IntegrationOwner({|IC0012:"finance"|})]
            public sealed class InvoiceExport
            {
            }

            [Integration("shop-orders")]
            [IntegrationOwner({|IC0012:"shop"|})]
            public sealed class ShopOrderSync
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("invoices")]
            [IntegrationOwner("finance-systems")]
            public sealed class InvoiceExport
            {
            }

            [Integration("shop-orders")]
            [IntegrationOwner("shop-team")]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0012:nearest",
            registry: """{ "teams": [ { "name": "finance-systems" }, { "name": "shop-team" } ] }""");
}
