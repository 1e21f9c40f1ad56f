using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 on AI model clients and vendor SDKs (payments, e-mail delivery), with look-alikes that are not clients.</summary>
public sealed class IC0010VendorSdkTests
{
    [Fact]
    public Task AI_model_clients_and_vendor_sdk_services_are_reported() =>
        VerifyAsync("""
            using Microsoft.Extensions.AI;

            public sealed class {|IC0010:ProductDescriptionWriter|}(IChatClient chat) { }

            public sealed class {|IC0010:SimilarItems|}(IEmbeddingGenerator<string, float[]> embeddings) { }

            public sealed class {|IC0010:StripeCustomers|}
            {
                private readonly Stripe.CustomerService _customers = new();
            }

            // Stripe.net 50 and later: the service derives from a non-generic Service.
            public sealed class {|IC0010:StripeInvoices|}
            {
                public string Create()
                {
                    var invoices = new Stripe.InvoiceService();
                    return invoices.ToString() ?? "";
                }
            }

            public sealed class {|IC0010:OrderMails|}(SendGrid.ISendGridClient sendGrid) { }

            // A Kiota-generated client: every request goes through its request adapter.
            public sealed class {|IC0010:ErpApiClient|}(Microsoft.Kiota.Abstractions.IRequestAdapter adapter) { }
            """);

    [Fact]
    public Task Types_that_only_build_sdk_option_or_entity_objects_are_not_reported() =>
        VerifyAsync("""
            public sealed class CustomerMapper
            {
                public Stripe.CustomerCreateOptions ToStripe(string email) => new() { Email = email };

                public string Describe(Stripe.Customer customer) => customer.ToString()!;
            }
            """);

    /// <summary>The SDKs compiled to a metadata reference, as a package is: referenced, not analyzed.</summary>
    private static readonly Lazy<Microsoft.CodeAnalysis.MetadataReference> Sdks = new(() =>
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "VendorSdks",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Discovery.LibraryStubs.VendorSdks) },
            Verifiers.ClientLibraries.References,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Microsoft.CodeAnalysis.NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());
    });

    private static Task VerifyAsync(string source)
    {
        var test = VerifyCS.CreateTest(source);
        test.TestState.AdditionalReferences.Add(Sdks.Value);
        return test.RunAsync();
    }
}
