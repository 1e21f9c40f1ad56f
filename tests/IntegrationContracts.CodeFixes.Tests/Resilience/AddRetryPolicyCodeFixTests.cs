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
    public Task Adds_an_exponential_retry_policy_to_every_integration_with_fix_all() =>
        VerifyCS.VerifyCodeFixAsync(
            Source,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [RetryPolicy(3, Backoff = RetryBackoff.Exponential)]
            public sealed class ShopOrderSync
            {
            }

            public static class Exports
            {
                [Integration("invoices")]
                [RetryPolicy(3, Backoff = RetryBackoff.Exponential)]
                public static void Invoices() { }
            }
            """,
            equivalenceKey: "IC0002:retry");

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
            [NoRetry("why a retry would do harm")]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0002:no-retry");
}
