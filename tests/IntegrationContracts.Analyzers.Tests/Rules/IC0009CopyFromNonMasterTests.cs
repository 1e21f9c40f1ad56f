using static IntegrationContracts.Analyzers.Tests.Rules.SourceOfTruthTestSources;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.SourceOfTruth.CopyFromNonMasterAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0009CopyFromNonMasterTests
{
    private const string Customer = """
        [SourceOfTruth("CRM")]
        [SourceOfTruth("Business Central", Process = "Invoicing")]
        public sealed record Customer(string Id);

        """;

    [Fact]
    public Task Moving_an_object_from_a_non_master_is_reported_with_object_process_master_and_source()
    {
        var test = VerifyCS.CreateTest(Usings + Customer + """
            [Integration("erp-customers-to-crm", Source = "Business Central", Target = "CRM", Objects = new[] { typeof(Customer) })]
            public sealed class {|#0:ErpCustomerSync|} { }
            """);
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithLocation(0)
            .WithArguments("erp-customers-to-crm", "Customer", "Business Central", "CRM", "every process"));
        return test.RunAsync();
    }

    [Fact]
    public Task Process_specific_master_decides_for_that_process() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + Customer + """
            [Integration("erp-customers-invoicing", Source = " business central", Process = "Invoicing", Objects = new[] { typeof(Customer) })]
            public sealed class InvoicingSync { }

            [Integration("crm-customers-invoicing", Source = "CRM", Process = "Invoicing", Objects = new[] { typeof(Customer) })]
            public sealed class {|IC0009:CrmInvoicingSync|} { }

            [Integration("crm-customers", Source = "crm", Process = "Order-to-Cash", Objects = new[] { typeof(Customer) })]
            public sealed class CrmSync { }
            """);

    [Fact]
    public Task Undeclared_or_conflicting_masters_and_missing_source_are_left_to_other_rules() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record Item(string Number);

            [SourceOfTruth("CRM")]
            [SourceOfTruth("ERP")]
            public sealed record Customer(string Id);

            [Integration("items", Source = "ERP", Objects = new[] { typeof(Item) })]
            public sealed class ItemSync { }

            [Integration("customers", Source = "Shop", Objects = new[] { typeof(Customer) })]
            public sealed class CustomerSync { }

            [Integration("customers-2", Objects = new[] { typeof(Customer) })]
            public sealed class CustomerSync2 { }
            """);

    [Fact]
    public Task Master_declared_in_a_referenced_library_is_used()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("items-from-erp", Source = "ERP", Process = "Catalog", Objects = new[] { typeof(Contoso.Domain.Item) })]
            public sealed class {|IC0009:ItemSync|} { }
            """);
        AddDomainProject(test, Usings + """
            namespace Contoso.Domain;

            [SourceOfTruth("PIM")]
            public sealed record Item(string Number);
            """);
        return test.RunAsync();
    }
}
