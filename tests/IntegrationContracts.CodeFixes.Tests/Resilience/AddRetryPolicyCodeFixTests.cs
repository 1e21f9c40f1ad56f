using VerifyCS = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer,
    IntegrationContracts.CodeFixes.Resilience.AddRetryPolicyCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Resilience;

public sealed class AddRetryPolicyCodeFixTests
{
    private const string Source = """
        using IntegrationContracts;

        [Integration("shop-orders")]
        public sealed class {|IC0002:ShopOrderSync|}
        {
        }

        public static class Exports
        {
            [Integration("invoices")]
            public static void {|IC0002:Invoices|}() { }
        }
        """;

    [Fact]
    public Task Fix_all_never_declares_a_retry_the_code_does_not_do_only_a_no_retry_placeholder_that_stays_reported() =>
        VerifyCS.VerifyCodeFixAsync(
            Source,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [NoRetry("TODO: why not retrying is right here")]
            public sealed class ShopOrderSync
            {
            }

            public static class Exports
            {
                [Integration("invoices")]
                [NoRetry("TODO: why not retrying is right here")]
                public static void Invoices() { }
            }
            """,
            equivalenceKey: "IC0002:no-retry");

    [Fact]
    public Task Or_declares_no_retry_with_a_justification_to_type() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            namespace Contoso;

            [IntegrationContracts.Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|}
            {
            }
            """,
            """
            using IntegrationContracts;

            namespace Contoso;

            [IntegrationContracts.Integration("shop-orders")]
            [NoRetry("TODO: why not retrying is right here")]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0002:no-retry");
}
