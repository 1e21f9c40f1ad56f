using IntegrationContracts.Analyzers.Discovery;
using IntegrationContracts.CodeFixes.Discovery;
using VerifyCS = IntegrationContracts.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer,
    IntegrationContracts.CodeFixes.Discovery.MarkAsIntegrationCodeFix>;

namespace IntegrationContracts.CodeFixes.Tests.Discovery;

public sealed class MarkAsIntegrationCodeFixTests
{
    [Fact]
    public Task Adds_the_attribute_with_a_kebab_case_name_and_the_using() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using System.Net.Http;

            namespace Contoso.Pricing;

            public sealed class {|IC0010:CompetitorPriceFeed|}(HttpClient http)
            {
            }
            """,
            """
            using System.Net.Http;
            using IntegrationContracts;

            namespace Contoso.Pricing;

            [Integration("competitor-price-feed")]
            public sealed class CompetitorPriceFeed(HttpClient http)
            {
            }
            """);

    [Fact]
    public Task Adds_the_using_to_a_file_without_usings() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            public sealed class {|IC0010:StockSync|}(System.Net.Http.HttpClient http)
            {
            }
            """,
            """
            using IntegrationContracts;

            [Integration("stock-sync")]
            public sealed class StockSync(System.Net.Http.HttpClient http)
            {
            }
            """);

    [Fact]
    public Task Does_not_duplicate_an_existing_using() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;

            public sealed class {|IC0010:StockSync|}
            {
                private readonly HttpClient _http = new();
            }
            """,
            """
            using System.Net.Http;
            using IntegrationContracts;

            [Integration("stock-sync")]
            public sealed class StockSync
            {
                private readonly HttpClient _http = new();
            }
            """);

    [Fact]
    public Task Does_not_add_a_using_that_a_global_using_already_provides()
    {
        var test = new VerifyCS.CodeFixTest
        {
            TestCode = """
                public sealed class {|IC0010:StockSync|}(System.Net.Http.HttpClient http) { }
                """,
            FixedCode = """
                [Integration("stock-sync")]
                public sealed class StockSync(System.Net.Http.HttpClient http) { }
                """,
        };
        test.TestState.Sources.Add(("Usings.cs", "global using IntegrationContracts;\n"));
        test.FixedState.Sources.Add(("Usings.cs", "global using IntegrationContracts;\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Keeps_the_documentation_comment_and_existing_attributes_above_the_new_one() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using System.Net.Http;

            namespace Contoso.Logistics
            {
                /// <summary>Polls the carrier for tracking events.</summary>
                [Serializable]
                public sealed class {|IC0010:ERPTrackingPoller|}
                {
                    public void Poll() { using var http = new HttpClient(); }
                }
            }
            """,
            """
            using System;
            using System.Net.Http;
            using IntegrationContracts;

            namespace Contoso.Logistics
            {
                /// <summary>Polls the carrier for tracking events.</summary>
                [Serializable]
                [Integration("erp-tracking-poller")]
                public sealed class ERPTrackingPoller
                {
                    public void Poll() { using var http = new HttpClient(); }
                }
            }
            """);

    [Fact]
    public Task Marks_structs_and_records() =>
        VerifyCS.VerifyCodeFixAsync(
            """
            using System.Net.Http;
            using IntegrationContracts;

            public readonly struct {|IC0010:S3Uploader|}(HttpClient http) { }

            public sealed record {|IC0010:FeedReader|}(HttpClient Http);
            """,
            """
            using System.Net.Http;
            using IntegrationContracts;

            [Integration("s3-uploader")]
            public readonly struct S3Uploader(HttpClient http) { }

            [Integration("feed-reader")]
            public sealed record FeedReader(HttpClient Http);
            """);

    [Fact]
    public Task Fix_all_marks_every_type_and_adds_one_using_per_document()
    {
        var test = new VerifyCS.CodeFixTest
        {
            TestState =
            {
                Sources =
                {
                    """
                    using System.Net.Http;

                    public sealed class {|IC0010:PriceFeed|}(HttpClient http) { }

                    public sealed class {|IC0010:StockFeed|}(HttpClient http) { }
                    """,
                    """
                    using System.Net.Mail;

                    public sealed class {|IC0010:DunningLetters|} { private readonly SmtpClient _smtp = new("relay"); }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    """
                    using System.Net.Http;
                    using IntegrationContracts;

                    [Integration("price-feed")]
                    public sealed class PriceFeed(HttpClient http) { }

                    [Integration("stock-feed")]
                    public sealed class StockFeed(HttpClient http) { }
                    """,
                    """
                    using System.Net.Mail;
                    using IntegrationContracts;

                    [Integration("dunning-letters")]
                    public sealed class DunningLetters { private readonly SmtpClient _smtp = new("relay"); }
                    """,
                },
            },
        };
        return test.RunAsync();
    }

    [Theory]
    [InlineData("PriceFeed", "price-feed")]
    [InlineData("ERPOrderSync", "erp-order-sync")]
    [InlineData("S3Uploader", "s3-uploader")]
    [InlineData("Base64Encoder", "base64-encoder")]
    [InlineData("Shop_Order_Import", "shop-order-import")]
    [InlineData("IOStreamDrop", "io-stream-drop")]
    [InlineData("sftp", "sftp")]
    [InlineData("_", "integration")]
    public void Kebab_case_keeps_words_acronyms_and_digits_together(string typeName, string expected) =>
        Assert.Equal(expected, IntegrationNames.KebabCase(typeName));

    [Fact]
    public void The_fix_is_registered_for_IC0010_with_fix_all()
    {
        var fix = new MarkAsIntegrationCodeFix();
        Assert.Equal(new UnmarkedIntegrationAnalyzer().SupportedDiagnostics.Select(d => d.Id), fix.FixableDiagnosticIds);
        Assert.NotNull(fix.GetFixAllProvider());
    }
}
