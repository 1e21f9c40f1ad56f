using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Alerting.MissingAlertHookAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0003MissingAlertHookTests
{
    private const string Hook = """
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        public sealed class TeamsAlert : IIntegrationAlertHook
        {
            public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        """;

    [Fact]
    public Task Integration_without_alert_hook_is_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Hook + """
            [Integration("shop-orders")]
            public sealed class {|IC0003:ShopOrderSync|} { }
            """);

    [Fact]
    public Task Alert_hook_on_the_type_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Hook + """
            [Integration("shop-orders")]
            [AlertHook(typeof(TeamsAlert), Audience = AlertAudience.Business)]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Alert_hook_on_the_assembly_satisfies_the_rule() =>
        VerifyCS.VerifyAnalyzerAsync(Hook.Replace("using IntegrationContracts;\n", "using IntegrationContracts;\n[assembly: AlertHook(typeof(TeamsAlert))]\n") + """
            public sealed class Exports
            {
                [Integration("invoices-to-accounting")]
                public void Invoices() { }
            }
            """);

    [Fact]
    public Task Method_level_integration_without_hook_is_reported_on_the_method() =>
        VerifyCS.VerifyAnalyzerAsync(Hook + """
            public sealed class Exports
            {
                [Integration("invoices-to-accounting")]
                public void {|IC0003:Invoices|}() { }

                [Integration("items-to-shop")]
                [AlertHook(typeof(TeamsAlert))]
                public void Items() { }
            }
            """);

    [Fact]
    public Task Alert_hook_whose_type_does_not_bind_still_counts_as_present() =>
        VerifyCS.VerifyAnalyzerAsync(Hook + """
            [Integration("shop-orders")]
            [AlertHook(typeof({|CS0246:MissingHook|}))]
            public sealed class ShopOrderSync { }
            """);
}
