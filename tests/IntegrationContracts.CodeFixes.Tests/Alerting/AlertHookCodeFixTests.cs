using AddHook = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Alerting.MissingAlertHookAnalyzer,
    IntegrationContracts.CodeFixes.Alerting.AddAlertHookCodeFix>;
using FixHook = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Alerting.AlertHookNotImplementedAnalyzer,
    IntegrationContracts.CodeFixes.Alerting.FixAlertHookTypeCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Alerting;

public sealed class AlertHookCodeFixTests
{
    private const string Hooks = """

        namespace Contoso.Alerting
        {
            public sealed class OpsAlert : IntegrationContracts.IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationContracts.IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
            }

            public sealed class TeamsAlert : IntegrationContracts.IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationContracts.IntegrationFailure failure, System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
            }

            public sealed class NotAHook { }
        }
        """;

    [Fact]
    public Task IC0003_offers_each_hook_of_the_project_named_as_the_file_can() =>
        AddHook.VerifyCodeFixAsync(
            """
            using IntegrationContracts;

            namespace Contoso.Sync
            {
                [Integration("shop-orders")]
                public sealed class {|IC0003:ShopOrderSync|}
                {
                }

                [Integration("invoices")]
                public sealed class {|IC0003:InvoiceExport|}
                {
                }
            }
            """ + Hooks,
            """
            using IntegrationContracts;

            namespace Contoso.Sync
            {
                [Integration("shop-orders")]
                [AlertHook(typeof(Alerting.TeamsAlert))]
                public sealed class ShopOrderSync
                {
                }

                [Integration("invoices")]
                [AlertHook(typeof(Alerting.TeamsAlert))]
                public sealed class InvoiceExport
                {
                }
            }
            """ + Hooks,
            equivalenceKey: "IC0003:Contoso.Alerting.TeamsAlert");

    [Fact]
    public Task IC0003_without_any_hook_in_the_project_offers_nothing() =>
        AddHook.VerifyNoFixAsync(
            """
            using IntegrationContracts;

            [Integration("shop-orders")]
            public sealed class {|IC0003:ShopOrderSync|}
            {
            }
            """);

    [Fact]
    public Task IC0014_never_removes_the_hook_which_would_trade_it_for_IC0003() =>
        // The first action (what Fix All and `dotnet format` apply) points the hook at a hook of the project; none removes it.
        FixHook.VerifyCodeFixAsync(
            """
            using IntegrationContracts;
            using Contoso.Alerting;

            [Integration("shop-orders")]
            [AlertHook({|IC0014:typeof(NotAHook)|})]
            public sealed class ShopOrderSync
            {
            }
            """ + Hooks,
            """
            using IntegrationContracts;
            using Contoso.Alerting;

            [Integration("shop-orders")]
            [AlertHook(typeof(OpsAlert))]
            public sealed class ShopOrderSync
            {
            }
            """ + Hooks,
            index: 0);

    [Fact]
    public Task IC0014_or_points_it_at_a_hook_of_the_project() =>
        FixHook.VerifyCodeFixAsync(
            """
            using IntegrationContracts;
            using Contoso.Alerting;

            [Integration("shop-orders")]
            [AlertHook({|IC0014:typeof(NotAHook)|}, Audience = AlertAudience.Business)]
            public sealed class ShopOrderSync
            {
            }
            """ + Hooks,
            """
            using IntegrationContracts;
            using Contoso.Alerting;

            [Integration("shop-orders")]
            [AlertHook(typeof(OpsAlert), Audience = AlertAudience.Business)]
            public sealed class ShopOrderSync
            {
            }
            """ + Hooks,
            equivalenceKey: "IC0014:Contoso.Alerting.OpsAlert");

    [Fact]
    public Task IC0003_offers_the_hosting_packages_ready_hooks_to_a_project_without_its_own() =>
        AddHook.VerifyHostedCodeFixAsync(
            """
            using IntegrationContracts;

            [Integration("erp-sync")]
            public sealed class {|IC0003:ErpSync|}
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("erp-sync")]
            [AlertHook(typeof(IntegrationContracts.Hosting.LoggerAlertHook))]
            public sealed class ErpSync
            {
            }
            """,
            "IC0003:IntegrationContracts.Hosting.LoggerAlertHook");
}
