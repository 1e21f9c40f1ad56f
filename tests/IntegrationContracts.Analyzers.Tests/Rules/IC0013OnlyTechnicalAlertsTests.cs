using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Alerting.OnlyTechnicalAlertsAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0013OnlyTechnicalAlertsTests
{
    private const string Prelude = """
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        public sealed record SalesOrder(string Number);
        public sealed class OpsAlert : IIntegrationAlertHook { public Task OnFailureAsync(IntegrationFailure f, CancellationToken ct) => Task.CompletedTask; }
        public sealed class OrderDeskAlert : IIntegrationAlertHook { public Task OnFailureAsync(IntegrationFailure f, CancellationToken ct) => Task.CompletedTask; }

        """;

    [Fact]
    public Task Business_objects_with_only_technical_hooks_are_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude + """
            [Integration("shop-orders", Source = "Shopify", Objects = new[] { typeof(SalesOrder) })]
            [AlertHook(typeof(OpsAlert))]
            public sealed class {|IC0013:ShopOrderSync|} { }
            """);

    [Fact]
    public Task A_business_hook_anywhere_in_the_resolved_level_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude + """
            [Integration("shop-orders", Source = "Shopify", Objects = new[] { typeof(SalesOrder) })]
            [AlertHook(typeof(OpsAlert))]
            [AlertHook(typeof(OrderDeskAlert), Audience = AlertAudience.Business)]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Without_objects_or_without_hooks_the_rule_is_silent() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude + """
            [Integration("heartbeat")]
            [AlertHook(typeof(OpsAlert))]
            public sealed class Heartbeat { }

            [Integration("shop-orders", Source = "Shopify", Objects = new[] { typeof(SalesOrder) })]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Assembly_level_technical_hook_is_what_a_method_integration_resolves_to() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude.Replace("using IntegrationContracts;\n", "using IntegrationContracts;\n[assembly: AlertHook(typeof(OpsAlert))]\n") + """
            public sealed class Exports
            {
                [Integration("orders", Source = "ERP", Objects = new[] { typeof(SalesOrder) })]
                public void {|IC0013:Orders|}() { }
            }
            """);
}
