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
    public Task IC0004_adds_an_empty_contact_to_type_into() =>
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
            [{|IC0004:IntegrationOwner("erp-team", Contact = "")|}]
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
            [assembly: {|IC0004:IntegrationContracts.IntegrationOwner("platform", Contact = "")|}]

            public sealed class Outer
            {
                [IntegrationContracts.Integration("x")]
                [{|IC0004:IntegrationContracts.IntegrationOwner("erp-team", Contact = "")|}]
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
}
