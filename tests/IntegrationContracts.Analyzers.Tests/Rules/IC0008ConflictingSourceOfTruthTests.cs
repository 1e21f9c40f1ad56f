using static IntegrationContracts.Analyzers.Tests.Rules.SourceOfTruthTestSources;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.SourceOfTruth.ConflictingSourceOfTruthAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0008ConflictingSourceOfTruthTests
{
    [Fact]
    public Task Two_systems_on_one_type_are_both_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [{|IC0008:SourceOfTruth("CRM")|}]
            [{|IC0008:SourceOfTruth("Business Central")|}]
            public sealed record Customer(string Id);
            """);

    [Fact]
    public Task Conflict_across_assembly_and_type_level_is_reported_on_both_attributes() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + "[assembly: {|IC0008:SourceOfTruth(\"ERP\", Object = typeof(Customer), Process = \"Invoicing\")|}]\n",
            Usings + """
            [SourceOfTruth("CRM")]
            [{|IC0008:SourceOfTruth("Business Central", Process = "Invoicing")|}]
            public sealed record Customer(string Id);
            """);

    [Fact]
    public Task Same_system_spelt_differently_is_not_a_conflict() =>
        VerifyCS.VerifyAnalyzerAsync(
            Usings + "[assembly: SourceOfTruth(\" crm \", Object = typeof(Customer))]\n",
            Usings + """
            [SourceOfTruth("CRM")]
            [SourceOfTruth("Business Central", Process = "Invoicing")]
            [SourceOfTruth("business central ", Process = " INVOICING")]
            public sealed record Customer(string Id);
            """);

    [Fact]
    public Task Process_specific_declaration_overrides_rather_than_conflicts() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [SourceOfTruth("CRM")]
            [SourceOfTruth("Business Central", Process = "Invoicing")]
            [SourceOfTruth("Shopify", Process = "Order-to-Cash")]
            public sealed record Customer(string Id);
            """);

    [Fact]
    public Task Conflict_with_a_referenced_library_is_reported_where_this_project_declares_it()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [assembly: {|IC0008:SourceOfTruth("ERP", Object = typeof(Contoso.Domain.Item))|}]
            [assembly: SourceOfTruth("ERP", Object = typeof(Contoso.Domain.Customer))]
            """);
        AddDomainProject(test, Usings + """
            namespace Contoso.Domain;

            [SourceOfTruth("PIM")]
            public sealed record Item(string Number);

            [SourceOfTruth("ERP")]
            public sealed record Customer(string Id);
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Blank_system_is_left_to_IC0005() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [SourceOfTruth("CRM")]
            [SourceOfTruth(" ")]
            public sealed record Customer(string Id);
            """);
}
