using static IntegrationContracts.Analyzers.Tests.Rules.SourceOfTruthTestSources;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.SourceOfTruth.MissingSourceOfTruthAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0007MissingSourceOfTruthTests
{
    [Fact]
    public Task Object_without_any_declaration_is_reported_on_the_integration() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            public sealed record Customer(string Id);

            [Integration("crm-customers", Source = "CRM", Process = "Order-to-Cash", Objects = new[] { typeof(Customer) })]
            public sealed class {|IC0007:CustomerSync|} { }
            """);

    [Fact]
    public Task Process_independent_declaration_is_the_fallback_for_every_process() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [SourceOfTruth("CRM")]
            public sealed record Customer(string Id);

            [Integration("crm-customers", Source = "CRM", Process = "Order-to-Cash", Objects = new[] { typeof(Customer) })]
            public sealed class CustomerSync { }

            [Integration("crm-customers-nightly", Source = "CRM", Objects = new[] { typeof(Customer) })]
            public sealed class NightlyCustomerSync { }
            """);

    [Fact]
    public Task Integration_without_process_sees_only_process_independent_declarations() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [SourceOfTruth("Business Central", Process = "Invoicing")]
            public sealed record Customer(string Id);

            [Integration("customers", Source = "Business Central", Objects = new[] { typeof(Customer) })]
            public sealed class {|IC0007:CustomerSync|} { }

            [Integration("customers-invoicing", Source = "Business Central", Process = " invoicing ", Objects = new[] { typeof(Customer) })]
            public sealed class InvoicingCustomerSync { }

            [Integration("customers-o2c", Source = "Business Central", Process = "Order-to-Cash", Objects = new[] { typeof(Customer) })]
            public sealed class {|IC0007:OrderCustomerSync|} { }
            """);

    [Fact]
    public Task Assembly_level_declaration_covers_a_type_you_do_not_own() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [assembly: SourceOfTruth("Business Central", Object = typeof(System.Uri))]

            [Integration("uris", Source = "Business Central", Objects = new[] { typeof(System.Uri), typeof(System.Version) })]
            public sealed class {|IC0007:UriSync|} { }
            """);

    [Fact]
    public Task Declarations_in_a_referenced_domain_library_count()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [assembly: SourceOfTruth("PIM", Object = typeof(Contoso.Domain.Item), Process = "Catalog")]

            [Integration("customers", Source = "CRM", Process = "Order-to-Cash", Objects = new[] { typeof(Contoso.Domain.Customer), typeof(Contoso.Domain.Item) })]
            public sealed class CustomerSync { }

            [Integration("items", Source = "PIM", Process = "Catalog", Objects = new[] { typeof(Contoso.Domain.Item), typeof(Contoso.Domain.Invoice) })]
            public sealed class {|IC0007:ItemSync|} { }
            """);
        AddDomainProject(test, Usings + """
            [assembly: SourceOfTruth("Business Central", Object = typeof(Contoso.Domain.Item))]

            namespace Contoso.Domain;

            [SourceOfTruth("CRM", Process = "Order-to-Cash")]
            public sealed record Customer(string Id);

            public sealed record Item(string Number);

            public sealed record Invoice(string Number);
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Method_level_and_generic_objects_are_checked() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [SourceOfTruth("ERP")]
            public sealed class Envelope<T> { }

            public sealed class Exports
            {
                [Integration("envelopes", Source = "ERP", Objects = new[] { typeof(Envelope<>), typeof(Envelope<int>) })]
                public void Envelopes() { }

                [Integration("strings", Source = "ERP", Objects = new[] { typeof(string) })]
                public void {|IC0007:Strings|}() { }
            }
            """);
}
