using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Validation.InvalidContractValueAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0005InvalidContractValueTests
{
    private const string Usings = "using IntegrationContracts;\n";

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public Task Empty_integration_name_is_reported_on_the_argument(string name) =>
        VerifyCS.VerifyAnalyzerAsync(Usings + $$"""
            [Integration({|IC0005:{{name}}|})]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Empty_owner_team_is_reported_at_every_level() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: IntegrationOwner({|IC0005:" "|}, Contact = "ops@contoso.example")]

            [IntegrationOwner({|IC0005:""|}, Contact = "erp@contoso.example")]
            public sealed class Exports
            {
                [Integration("invoices")]
                [IntegrationOwner({|IC0005:"\t"|}, Contact = "finance@contoso.example")]
                public void Invoices() { }
            }
            """);

    [Theory]
    [InlineData("https://wiki.contoso.example/runbooks/orders")]
    [InlineData("http://intranet/runbooks/orders")]
    [InlineData("docs/runbooks/orders.md")]
    [InlineData("RUNBOOK.md")]
    [InlineData("./runbooks/orders")]
    public Task Valid_runbooks_are_accepted(string runbook) =>
        VerifyCS.VerifyAnalyzerAsync(Usings + $$"""
            [Integration("shop-orders")]
            [IntegrationOwner("erp-team", Runbook = "{{runbook}}")]
            public sealed class ShopOrderSync { }
            """);

    [Theory]
    [InlineData("TBD")]
    [InlineData("see the wiki")]
    [InlineData("")]
    [InlineData("ftp://files.contoso.example/runbook.txt")]
    [InlineData("mailto:erp@contoso.example")]
    [InlineData("https://")]
    [InlineData("/etc/runbooks/orders.md")]
    [InlineData("docs/run books/orders.md")]
    [InlineData(" docs/runbooks/orders.md")]
    public Task Invalid_runbooks_are_reported_on_the_named_argument(string runbook) =>
        VerifyCS.VerifyAnalyzerAsync(Usings + $$"""
            [Integration("shop-orders")]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example", {|IC0005:Runbook = "{{runbook}}"|})]
            public sealed class ShopOrderSync { }
            """);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public Task Fewer_than_one_attempt_is_reported(string attempts) =>
        VerifyCS.VerifyAnalyzerAsync(Usings + $$"""
            [Integration("shop-orders")]
            [RetryPolicy({|IC0005:{{attempts}}|})]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Empty_no_retry_justification_is_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [NoRetry({|IC0005:"  "|})]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Alert_hook_without_a_type_is_reported_but_an_unbound_type_is_left_to_the_compiler() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            [AlertHook({|IC0005:null|})]
            [AlertHook(typeof({|CS0246:MissingAlert|}))]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Objects_without_source_is_reported_on_the_objects_argument() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record Customer(string Id);

            [Integration("customers", Target = "ERP", {|IC0005:Objects = new[] { typeof(Customer) }|})]
            public sealed class CustomerSync { }

            [Integration("customers-2", Source = "CRM", Objects = new[] { typeof(Customer) })]
            public sealed class CustomerSync2 { }

            [Integration("heartbeat", Objects = new System.Type[0])]
            public sealed class Heartbeat { }
            """);

    [Fact]
    public Task Source_of_truth_mistakes_are_reported_where_they_are_written() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + """
            [assembly: {|IC0005:SourceOfTruth("ERP")|}]
            [assembly: SourceOfTruth("ERP", Object = typeof(System.Uri))]
            [assembly: SourceOfTruth({|IC0005:""|}, Object = typeof(System.Version))]
            """,
            Usings + """
            [SourceOfTruth({|IC0005:"  "|})]
            [SourceOfTruth("CRM", {|IC0005:Object = typeof(Item)|})]
            [SourceOfTruth("CRM", Process = "Invoicing", Object = typeof(Customer))]
            public sealed record Customer(string Id);

            public sealed record Item(string Number);
            """);

    [Fact]
    public Task Valid_contract_is_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: RetryPolicy(1)]

            [Integration("shop-orders", Source = "Shopify", Target = "Business Central")]
            [IntegrationOwner("erp-team", Contact = "erp@contoso.example", Runbook = "https://wiki.contoso.example/orders")]
            [NoRetry("The shop resends the webhook.")]
            public sealed class ShopOrderSync { }
            """);

    [Fact]
    public Task Each_mistake_is_reported_once_even_on_a_partial_type() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + """
            [Integration({|IC0005:""|})]
            public sealed partial class ShopOrderSync { }
            """,
            Usings + """
            [RetryPolicy({|IC0005:0|})]
            public sealed partial class ShopOrderSync { }
            """);

    [Fact]
    public Task Placeholders_a_fix_writes_stay_reported_until_a_person_fills_them_in()
    {
        static string Message(string value) => $"'{value}' is a placeholder: fill it in. Until then the integration is not ready, and strict mode fails the build. Write the real value the placeholder asks for.";
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("shop-orders")]
            [IntegrationOwner({|#0:"TODO: owning team"|}, {|#1:Contact = "TODO: team e-mail or chat channel"|})]
            [NoRetry({|#2:"TODO: why not retrying is right here"|})]
            public sealed class ShopOrderSync { }

            [Integration("invoices")]
            [IntegrationOwner("finance-systems", Contact = "finance@contoso.example", {|#3:Runbook = "todo: write the runbook"|})]
            [NoRetry("the ERP re-sends unpaid invoices every night")]
            public sealed class InvoiceExport { }
            """);
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(0).WithArguments(Message("TODO: owning team")));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(1).WithArguments(Message("TODO: team e-mail or chat channel")));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(2).WithArguments(Message("TODO: why not retrying is right here")));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(3).WithArguments(Message("todo: write the runbook")));
        return test.RunAsync();
    }
}
