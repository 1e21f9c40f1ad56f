using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Alerting.AlertHookNotImplementedAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0014AlertHookNotImplementedTests
{
    private const string Prelude = """
        using System.Threading;
        using System.Threading.Tasks;
        using IntegrationContracts;

        public sealed class OpsAlert : IIntegrationAlertHook { public Task OnFailureAsync(IntegrationFailure f, CancellationToken ct) => Task.CompletedTask; }
        public abstract class AlertBase : IIntegrationAlertHook { public abstract Task OnFailureAsync(IntegrationFailure f, CancellationToken ct); }
        public sealed class DerivedAlert : AlertBase { public override Task OnFailureAsync(IntegrationFailure f, CancellationToken ct) => Task.CompletedTask; }
        public sealed class EmailSender { }

        """;

    [Fact]
    public Task Hook_type_without_the_interface_is_an_error_on_the_typeof_argument() =>
        VerifyCS.VerifyAnalyzerAsync(
            "using IntegrationContracts;\n[assembly: AlertHook({|IC0014:typeof(EmailSender)|})]\n",
            Prelude + """
            [Integration("shop-orders")]
            [AlertHook({|IC0014:typeof(string)|}, Audience = AlertAudience.Business)]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Implementations_direct_or_inherited_are_accepted() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude + """
            [Integration("shop-orders")]
            [AlertHook(typeof(OpsAlert))]
            [AlertHook(typeof(DerivedAlert))]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Unbound_type_is_left_to_the_compiler() =>
        VerifyCS.VerifyAnalyzerAsync(Prelude + """
            [Integration("shop-orders")]
            [AlertHook(typeof({|CS0246:MissingAlert|}))]
            public sealed class ShopOrderSync { }
            """);
}
