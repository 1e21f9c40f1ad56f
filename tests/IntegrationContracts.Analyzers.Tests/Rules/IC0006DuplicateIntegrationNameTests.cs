using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<IntegrationContracts.Analyzers.Validation.DuplicateIntegrationNameAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

public sealed class IC0006DuplicateIntegrationNameTests
{
    private const string Usings = "using IntegrationContracts;\n";

    [Fact]
    public Task Every_integration_sharing_a_name_is_reported_with_the_others_as_additional_locations()
    {
        var test = VerifyCS.CreateTest(Usings + """
            [Integration("shop-orders")]
            public sealed class ShopOrderSync { }

            public sealed class Exports
            {
                [Integration(" Shop-Orders ")]
                public void Orders() { }
            }
            """);
        test.MarkupOptions = MarkupOptions.None;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IC0006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(3, 21, 3, 34).WithSpan(8, 17, 8, 23).WithArguments("shop-orders", 2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IC0006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan(8, 17, 8, 23).WithSpan(3, 21, 3, 34).WithArguments("Shop-Orders", 2));
        return test.RunAsync();
    }

    [Fact]
    public Task Unique_names_are_not_reported() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("shop-orders")]
            public sealed class ShopOrderSync { }

            [Integration("shop-refunds")]
            public sealed class ShopRefundSync { }
            """);

    [Fact]
    public Task Three_way_duplicate_reports_each_integration()
    {
        var test = VerifyCS.CreateTest(
            Usings + """
            [Integration("sync")]
            public sealed class {|#0:A|} { }
            """,
            Usings + """
            [Integration("SYNC")]
            public sealed class {|#1:B|} { }

            [Integration("sync")]
            public readonly struct {|#2:C|} { }
            """);
        foreach (var (self, others) in new[] { (0, new[] { 1, 2 }), (1, new[] { 0, 2 }), (2, new[] { 0, 1 }) })
        {
            var result = VerifyCS.Diagnostic().WithLocation(self);
            foreach (var other in others)
            {
                result = result.WithLocation(other);
            }

            test.ExpectedDiagnostics.Add(result.WithArguments(self == 1 ? "SYNC" : "sync", 3));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Blank_names_are_left_to_IC0005() =>
        VerifyCS.VerifyAnalyzerAsync(Usings + """
            [Integration("")]
            public sealed class A { }

            [Integration(" ")]
            public sealed class B { }
            """);
}
