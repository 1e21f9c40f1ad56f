using IntegrationContracts.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using VerifyCS = IntegrationContracts.Analyzers.Tests.Verifiers.CSharpClientAnalyzerVerifier<IntegrationContracts.Analyzers.Discovery.UnmarkedIntegrationAnalyzer>;

namespace IntegrationContracts.Analyzers.Tests.Rules;

/// <summary>IC0010 on inbound webhook receivers, with the look-alikes around them: ordinary headers, e-signatures, own dictionaries.</summary>
public sealed class IC0010WebhookReceiverTests
{
    // ASP.NET Core's request surface and Stripe.net's verifier, as packages (namespaces and names are what count).
    private static readonly Lazy<MetadataReference> AspNetCore = new(() => StubAssemblies.Package("Microsoft.AspNetCore.Stub", """
        namespace Microsoft.AspNetCore.Http
        {
            public interface IHeaderDictionary { string this[string key] { get; set; } }
            public abstract class HttpRequest { public abstract IHeaderDictionary Headers { get; } public abstract System.IO.Stream Body { get; } }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { public Microsoft.AspNetCore.Http.HttpRequest Request => null!; }
            public abstract class Controller : ControllerBase { }
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class FromHeaderAttribute : System.Attribute { public string? Name { get; set; } }
        }
        """));

    private static readonly Lazy<MetadataReference> Stripe = new(() => StubAssemblies.Package("Stripe.Webhooks.Stub", """
        namespace Stripe
        {
            public sealed class Event { public string? Type { get; set; } }
            public static class EventUtility
            {
                public static Event ConstructEvent(string json, string signatureHeader, string secret) => new();
                public static Event ParseEvent(string json) => new();
            }
        }
        """));

    private static Task VerifyAsync(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = VerifyCS.CreateTest("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            """ + source);
        test.TestState.AdditionalReferences.Add(AspNetCore.Value);
        test.TestState.AdditionalReferences.Add(Stripe.Value);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task A_vendor_signature_verifier_marks_a_receiver() =>
        VerifyAsync("""
            public sealed class {|#0:BillingWebhook|}(string secret)
            {
                public string Handle(string json, string signature) =>
                    Stripe.EventUtility.ConstructEvent(json, signature, secret).Type ?? "";
            }
            """,
            VerifyCS.Diagnostic("IC0010").WithLocation(0).WithArguments("BillingWebhook", "receives webhooks: it verifies Stripe's signature with EventUtility.ConstructEvent"));

    [Fact]
    public Task Parsing_an_event_without_verifying_it_is_not_a_receiver() =>
        VerifyAsync("""
            public sealed class EventLog
            {
                // Replays stored events: nothing arrives from outside here.
                public string Replay(string json) => Stripe.EventUtility.ParseEvent(json).Type ?? "";
            }
            """);

    [Fact]
    public Task A_signature_header_read_from_the_request_marks_a_receiver() =>
        VerifyAsync("""
            public sealed class {|IC0010:StripeWebhookController|} : Controller
            {
                public string WebHook() => Request.Headers["Stripe-Signature"];
            }

            public static class {|IC0010:WebhookEndpoints|}
            {
                private const string webhookCheckHeader = "X-shop-whtoken";

                public static bool Received(HttpRequest request, string expected) => request.Headers[webhookCheckHeader] == expected;
            }
            """);

    [Fact]
    public Task A_signature_header_bound_to_a_parameter_marks_a_receiver() =>
        VerifyAsync("""
            public sealed class {|IC0010:GitHubHooks|} : ControllerBase
            {
                public bool Push([FromHeader(Name = "X-Hub-Signature-256")] string signature, string body) => signature.Length > 0 && body.Length > 0;
            }
            """);

    [Fact]
    public Task Ordinary_headers_and_own_dictionaries_are_not_webhooks() =>
        VerifyAsync("""
            using System.Collections.Generic;

            public sealed class CorrelationController : ControllerBase
            {
                public string Id([FromHeader(Name = "X-Correlation-Id")] string id) => id + Request.Headers["Authorization"];
            }

            public sealed class OutgoingMail
            {
                // Headers of a message the application writes itself.
                public Dictionary<string, string> Headers { get; } = new();
                public string Signature() => Headers["X-Signature"];
            }
            """);

    [Fact]
    public Task A_callback_signature_compared_in_a_controller_marks_a_receiver() =>
        VerifyAsync("""
            public sealed record PaymentCallback(string OrderId, string Signature);

            public sealed class {|IC0010:CashfreeController|} : Controller
            {
                public bool Charge(PaymentCallback callback, string secret) =>
                    Sign(callback.OrderId, secret).Equals(callback.Signature);

                private static string Sign(string data, string secret) => data + secret;
            }
            """);

    [Fact]
    public Task An_e_signature_compared_outside_a_controller_is_not_a_webhook() =>
        VerifyAsync("""
            public sealed record Contract(string Text, string CustomerSignature);

            public sealed class ContractArchive
            {
                public bool Unchanged(Contract stored, Contract current) => stored.CustomerSignature == current.CustomerSignature;
            }
            """);

    [Fact]
    public Task Signing_a_response_or_checking_a_signature_for_null_is_not_receiving_webhooks() =>
        VerifyAsync("""
            public sealed record Contract(string? Signature, bool UseHmac);

            public sealed class ContractsController : ControllerBase
            {
                public bool Check(Contract contract) => contract.Signature == null || contract.UseHmac == true;
            }

            public sealed class CallbackSigner
            {
                // Signs what the application sends: a header written, not read.
                public void Sign(HttpRequest outgoing, string body) => outgoing.Headers["X-Signature"] = body.GetHashCode().ToString();
            }
            """);
}
