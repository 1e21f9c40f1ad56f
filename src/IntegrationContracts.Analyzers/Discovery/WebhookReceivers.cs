using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Discovery;

/// <summary>
/// Inbound webhooks: code that accepts a third party's callback and checks that it came from them. Three shapes, each
/// bound before it counts:
/// <list type="bullet">
/// <item>a vendor's verifier — Stripe.net <c>EventUtility.ConstructEvent</c> / <c>ValidateSignature</c>, Svix
/// <c>Webhook.Verify</c>, Twilio <c>RequestValidator.Validate</c>, SendGrid's event-webhook
/// <c>RequestValidator.VerifySignature</c>;</item>
/// <item>a request header read by a name that says signature, HMAC or webhook (<c>Request.Headers["Stripe-Signature"]</c>,
/// <c>[FromHeader(Name = "X-Hub-Signature-256")]</c>, a constant named <c>webhookCheckHeader</c>) from ASP.NET Core's
/// header dictionary;</item>
/// <item>in a controller, a received value named <c>…Signature</c> or <c>…Hmac</c> compared with one the code computes
/// (<c>computed.Equals(callback.Signature)</c>, <c>CryptographicOperations.FixedTimeEquals</c>).</item>
/// </list>
/// Signing what the application sends (an outgoing request's HMAC) and reading ordinary headers do not count.
/// </summary>
internal static class WebhookReceivers
{
    private static readonly (string Namespace, string Type, string Method, string Vendor)[] Verifiers =
    {
        ("Stripe", "EventUtility", "ConstructEvent", "Stripe"),
        ("Stripe", "EventUtility", "ValidateSignature", "Stripe"),
        ("Svix", "Webhook", "Verify", "Svix"),
        ("Twilio.Security", "RequestValidator", "Validate", "Twilio"),
        ("SendGrid.Helpers.EventWebhook", "RequestValidator", "VerifySignature", "SendGrid"),
    };

    /// <summary>The syntax this recogniser reads (invocations, element accesses, parameters, equality checks); each is filtered by name before anything is bound.</summary>
    public static bool IsKind(SyntaxNode node) =>
        node is InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParameterSyntax
        || node.IsKind(SyntaxKind.EqualsExpression);

    /// <summary>Runs for every node of those kinds in a type without other evidence: cheap syntax checks come first.</summary>
    public static Evidence? Find(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) => node switch
    {
        InvocationExpressionSyntax invocation => Contracts.Retry.InvokedNames.Of(invocation) switch
        {
            "Equals" or "FixedTimeEquals" => SignatureComparison(invocation, invocation.ArgumentList.Arguments.Select(a => a.Expression).Append(Receiver(invocation)), model, cancellationToken),
            var name when IsVerifierName(name) => VendorVerifier(invocation, model, cancellationToken),
            _ => null,
        },
        ElementAccessExpressionSyntax access => SignatureHeader(access, model, cancellationToken),
        ParameterSyntax { AttributeLists.Count: > 0 } parameter => SignatureHeaderParameter(parameter, model, cancellationToken),
        BinaryExpressionSyntax equals when equals.Left is MemberAccessExpressionSyntax || equals.Right is MemberAccessExpressionSyntax => SignatureComparison(equals, new[] { equals.Left, equals.Right }, model, cancellationToken),
        _ => null,
    };

    private static bool IsVerifierName(string name)
    {
        foreach (var verifier in Verifiers)
        {
            if (verifier.Method == name)
            {
                return true;
            }
        }

        return false;
    }

    private static Evidence? VendorVerifier(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        foreach (var (ns, type, verify, vendor) in Verifiers)
        {
            if (method.Name == verify && method.ContainingType.Name == type && method.ContainingNamespace?.ToDisplayString() == ns)
            {
                return Evidence.ReceivesWebhooks("verifies " + vendor + "'s signature with " + type + "." + verify, invocation.GetLocation());
            }
        }

        return null;
    }

    /// <summary><c>Request.Headers["Stripe-Signature"]</c>: ASP.NET Core's header dictionary read by a telling key.</summary>
    private static Evidence? SignatureHeader(ElementAccessExpressionSyntax access, SemanticModel model, CancellationToken cancellationToken)
    {
        // Writing a header (Response.Headers["X-Signature"] = Sign(body)) signs what the application sends.
        if (access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access)
        {
            return null;
        }

        if (access.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Headers" }
            || access.ArgumentList.Arguments.Count != 1
            || HeaderName(access.ArgumentList.Arguments[0].Expression, model, cancellationToken) is not { } header
            || model.GetTypeInfo(access.Expression, cancellationToken).Type is not { Name: "IHeaderDictionary" } dictionary
            || dictionary.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Http")
        {
            return null;
        }

        return Evidence.ReceivesWebhooks("reads the " + header + " header of a third party's callback", access.GetLocation());
    }

    /// <summary><c>[FromHeader(Name = "X-Hub-Signature-256")] string signature</c> on an action or endpoint.</summary>
    private static Evidence? SignatureHeaderParameter(ParameterSyntax parameter, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var attribute in parameter.AttributeLists.SelectMany(list => list.Attributes))
        {
            if (Contracts.Retry.InvokedNames.Of(attribute.Name) is not ("FromHeader" or "FromHeaderAttribute"))
            {
                continue;
            }

            var header = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name") is { } named
                ? HeaderName(named.Expression, model, cancellationToken)
                : Telling(parameter.Identifier.ValueText) ? parameter.Identifier.ValueText : null;
            if (header is not null
                && model.GetSymbolInfo(attribute, cancellationToken).Symbol is IMethodSymbol { ContainingType: { } attributeType }
                && attributeType.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
            {
                return Evidence.ReceivesWebhooks("reads the " + header + " header of a third party's callback", parameter.GetLocation());
            }
        }

        return null;
    }

    /// <summary>
    /// In a controller, a value named <c>…Signature</c> or <c>…Hmac</c> compared for equality (<c>==</c>,
    /// <c>Equals</c>, <c>FixedTimeEquals</c>) with another.
    /// </summary>
    private static Evidence? SignatureComparison(SyntaxNode comparison, System.Collections.Generic.IEnumerable<ExpressionSyntax?> sides, SemanticModel model, CancellationToken cancellationToken)
    {
        var signature = sides.FirstOrDefault(side => side is MemberAccessExpressionSyntax member && IsSignatureName(member.Name.Identifier.ValueText));

        // Compared with a value the code computes (a call, a local), not checked against null, a flag or a literal.
        if (signature is null
            || !sides.Any(side => side != signature && side is InvocationExpressionSyntax or IdentifierNameSyntax)
            || model.GetEnclosingSymbol(comparison.SpanStart, cancellationToken)?.ContainingType is not { } type
            || !IsController(type))
        {
            return null;
        }

        return Evidence.ReceivesWebhooks("checks the signature of a third party's callback (" + signature + ")", comparison.GetLocation());
    }

    private static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        (invocation.Expression as MemberAccessExpressionSyntax)?.Expression;

    /// <summary>The header's name when it tells a signed callback: a literal or constant with signature, HMAC or webhook in its value or its name.</summary>
    private static string? HeaderName(ExpressionSyntax key, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = model.GetConstantValue(key, cancellationToken) is { HasValue: true, Value: string text } ? text : null;
        var name = key is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : key is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : null;
        return value is not null && Telling(value) ? value
            : name is not null && Telling(name) ? value ?? name
            : null;
    }

    private static bool Telling(string text) =>
        text.IndexOf("signature", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("hmac", StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("webhook", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsSignatureName(string name) =>
        (name.EndsWith("Signature", StringComparison.Ordinal) || name.EndsWith("Hmac", StringComparison.OrdinalIgnoreCase))
        && !name.StartsWith("Use", StringComparison.Ordinal) && !name.StartsWith("Is", StringComparison.Ordinal);

    private static bool IsController(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name is "ControllerBase" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc")
            {
                return true;
            }
        }

        return false;
    }
}
