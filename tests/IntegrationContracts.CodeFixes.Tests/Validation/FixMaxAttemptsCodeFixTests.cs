using VerifyCS = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Validation.InvalidContractValueAnalyzer,
    IntegrationContracts.CodeFixes.Validation.FixMaxAttemptsCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Validation;

public sealed class FixMaxAttemptsCodeFixTests
{
    [Fact]
    public Task A_retry_policy_below_one_attempt_becomes_three_attempts() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [RetryPolicy({|IC0005:0|}, Backoff = RetryBackoff.Linear)]
            public sealed class ShopOrderSync
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [RetryPolicy(3, Backoff = RetryBackoff.Linear)]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0005:max-attempts");

    [Fact]
    public Task Or_becomes_no_retry_with_a_justification_placeholder_that_stays_reported() =>
        VerifyCS.VerifyCodeFixLeavingDiagnosticsAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [RetryPolicy({|IC0005:-1|})]
            public sealed class ShopOrderSync
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            [NoRetry({|IC0005:"TODO: why not retrying is right here"|})]
            public sealed class ShopOrderSync
            {
            }
            """,
            equivalenceKey: "IC0005:no-retry");

    [Fact]
    public Task Other_invalid_values_get_no_fix() =>
        VerifyCS.VerifyNoFixAsync(
            """
            using IntegrationContracts;

            [Integration({|IC0005:" "|})]
            [NoRetry("idempotent")]
            public sealed class ShopOrderSync
            {
            }
            """);
}
