using VerifyCS = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Ownership.MissingOwnerAnalyzer,
    IntegrationContracts.CodeFixes.Ownership.AddOwnerCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Ownership;

public sealed class AddOwnerCodeFixTests
{
    private const string Registry = """
        { "teams": [ { "name": "erp-team", "contact": "erp@contoso.example" }, { "name": "crm-team", "onCall": "opsgenie:crm" } ] }
        """;

    [Fact]
    public Task Without_a_registry_adds_an_owner_whose_team_is_a_placeholder_and_the_using() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            namespace Contoso.Sync;

            [IntegrationContracts.Integration("shop-orders")]
            public sealed class {|IC0001:ShopOrderSync|}
            {
            }
            """,
            """
            using IntegrationContracts;

            namespace Contoso.Sync;

            [IntegrationContracts.Integration("shop-orders")]
            [IntegrationOwner("TODO: owning team")]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0001:owner");

    [Fact]
    public Task With_a_registry_offers_each_team_and_fix_all_gives_every_integration_the_chosen_one() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            public sealed class {|IC0001:ShopOrderSync|}
            {
            }

            public sealed class Exports
            {
                [Integration("invoices")]
                public void {|IC0001:Invoices|}() { }
            }
            """,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [IntegrationOwner("erp-team")]
            public sealed class ShopOrderSync
            {
            }

            public sealed class Exports
            {
                [Integration("invoices")]
                [IntegrationOwner("erp-team")]
                public void Invoices() { }
            }
            """,
            equivalenceKey: "IC0001:owner:erp-team",
            registry: Registry);

    [Fact]
    public Task The_attribute_goes_on_the_partial_declaration_that_carries_the_contract() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            public partial class Outer
            {
                public partial class Sync
                {
                }

                [Integration("nested-sync")]
                [NoRetry("idempotent")]
                public partial class {|IC0001:Sync|}
                {
                }
            }
            """,
            """
            using IntegrationContracts;

            public partial class Outer
            {
                public partial class Sync
                {
                }

                [Integration("nested-sync")]
                [NoRetry("idempotent")]
                [IntegrationOwner("crm-team")]
                public partial class Sync
                {
                }
            }
            """,
            equivalenceKey: "IC0001:owner:crm-team",
            registry: Registry);

    [Fact]
    public Task Several_integrations_without_an_owner_can_get_an_assembly_default_in_one_step()
    {
        var test = new VerifyCS.CodeFixTest
        {
            TestCode = """
                using IntegrationContracts;

                [Integration("shop-orders")]
                public sealed class {|IC0001:ShopOrderSync|}
                {
                }

                [Integration("invoices")]
                public sealed class {|IC0001:InvoiceExport|}
                {
                }
                """,
            FixedCode = """
                using IntegrationContracts;

                [assembly: IntegrationOwner("TODO: owning team")]

                [Integration("shop-orders")]
                public sealed class ShopOrderSync
                {
                }

                [Integration("invoices")]
                public sealed class InvoiceExport
                {
                }
                """,
            CodeActionIndex = 1,
            NumberOfFixAllIterations = 1,
        };
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllCheck; // one action fixes them all
        return test.RunAsync();
    }

    [Fact]
    public Task A_single_integration_without_an_owner_is_not_offered_the_assembly_default() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            public sealed class {|IC0001:ShopOrderSync|}
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [IntegrationOwner("TODO: owning team")]
            public sealed class ShopOrderSync
            {
            }
            """,
            index: 0);
}
