using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Resilience.MissingRetryPolicyAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>
/// Stripe.net retries network failures by default from version 40; before that only when the code sets
/// <c>StripeConfiguration.MaxNetworkRetries</c> at startup, and setting it to 0 turns the default off.
/// </summary>
public sealed class IC0002StripeRetryTests
{
    private static string StripeSource(int major) => $$"""
        [assembly: System.Reflection.AssemblyVersion("{{major}}.0.0.0")]
        namespace Stripe
        {
            public static class StripeConfiguration
            {
                public static int MaxNetworkRetries { get; set; }
                public static string? ApiKey { get; set; }
            }
            public abstract class Service<TEntity> { }
            public sealed class Customer { }
            public class CustomerService : Service<Customer> { }
        }
        """;

    private static readonly Lazy<MetadataReference> Stripe39 = new(() => StubAssemblies.Package("Stripe.net", "39.0.0", StripeSource(39)));
    private static readonly Lazy<MetadataReference> Stripe41 = new(() => StubAssemblies.Package("Stripe.net", "41.0.0", StripeSource(41)));

    private const string Billing = """
        using IntegrationContracts;

        [Integration("stripe-customers")]
        public sealed class {|#0:StripeCustomers|}
        {
            private readonly Stripe.CustomerService _customers = new();
        }

        """;

    private static Task VerifyAsync(MetadataReference stripe, string startup, bool expectWarning)
    {
        var test = VerifyCS.CreateTest(Billing + startup);
        test.TestState.AdditionalReferences.Add(stripe);
        if (expectWarning)
        {
            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("IC0002").WithLocation(0).WithArguments("stripe-customers"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Stripe_40_and_later_retries_by_default() =>
        VerifyAsync(Stripe41.Value, "", expectWarning: false);

    [Fact]
    public Task Stripe_before_40_does_not_retry_by_default() =>
        VerifyAsync(Stripe39.Value, "", expectWarning: true);

    [Fact]
    public Task MaxNetworkRetries_set_at_startup_turns_retry_on_for_older_versions() =>
        VerifyAsync(Stripe39.Value, """
            public static class Startup
            {
                public static void Configure() => Stripe.StripeConfiguration.MaxNetworkRetries = 2;
            }
            """, expectWarning: false);

    [Fact]
    public Task MaxNetworkRetries_set_to_zero_turns_the_default_off() =>
        VerifyAsync(Stripe41.Value, """
            public static class Startup
            {
                public static void Configure() => Stripe.StripeConfiguration.MaxNetworkRetries = 0;
            }
            """, expectWarning: true);

    [Fact]
    public Task A_setting_read_from_configuration_counts_as_on() =>
        VerifyAsync(Stripe39.Value, """
            public static class Startup
            {
                public static void Configure(int retries) => Stripe.StripeConfiguration.MaxNetworkRetries = retries;
            }
            """, expectWarning: false);

    [Fact]
    public Task A_look_alike_setting_of_another_library_does_not_count() =>
        VerifyAsync(Stripe39.Value, """
            public static class MyStripeSettings { public static int MaxNetworkRetries { get; set; } }

            public static class Startup
            {
                public static void Configure() => MyStripeSettings.MaxNetworkRetries = 3;
            }
            """, expectWarning: true);
}
