using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0002MissingRetryPolicyTests
{
    private const string Usings = "using IntegrationContracts;\n";

    [Fact]
    public Task Integration_without_retry_policy_is_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            public sealed class {|IC0002:ShopOrderSync|} { }
            """);

    [Fact]
    public Task RetryPolicy_on_the_type_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [RetryPolicy(5, Backoff = RetryBackoff.Exponential, DeadLetter = "shop-orders-dlq")]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task NoRetry_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shipment-webhook")]
            [NoRetry("The 3PL retries the webhook itself.")]
            public sealed class ShipmentWebhook { }
            """);

    [Fact]
    public Task RetryPolicy_on_the_assembly_satisfies_every_integration() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: RetryPolicy(3)]

            [Integration("shop-orders")]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Method_level_integration_reads_the_policy_of_its_type_and_reports_on_the_method() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [RetryPolicy(3)]
            public sealed class Exports
            {
                [Integration("invoices-to-accounting")]
                public void Invoices() { }
            }

            public sealed class OtherExports
            {
                [Integration("items-to-shop")]
                public void {|IC0002:Items|}() { }

                [Integration("prices-to-shop")]
                [NoRetry("Prices are re-sent every five minutes anyway.")]
                public void Prices() { }
            }
            """);

    [Fact]
    public Task Invalid_retry_policy_still_counts_as_present() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [RetryPolicy(0)]
            public sealed class ShopOrderSync { }

            [Integration("shop-returns")]
            [NoRetry("")]
            public sealed class ShopReturnSync { }
            """);

    [Fact]
    public Task Partial_generic_nested_integration_reads_policy_from_another_part() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + """
            public static partial class Feeds
            {
                [Integration("feed")]
                public sealed partial class Feed<T> { }
            }
            """,
            Usings + """
            public static partial class Feeds
            {
                [RetryPolicy(4)]
                public sealed partial class Feed<T> { }
            }
            """);
}
