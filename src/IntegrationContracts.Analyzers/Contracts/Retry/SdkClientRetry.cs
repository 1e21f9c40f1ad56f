using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Vendor SDK clients that retry on their own unless told not to: AWS SDK service clients (standard retry mode),
/// Azure SDK clients (Azure.Core's retry policy: the client's options derive from <c>Azure.Core.ClientOptions</c>),
/// Azure Service Bus and Event Hubs clients (their own retry options, <c>MaxRetries</c> 3 by default, not
/// <c>ClientOptions</c>; <c>MaxRetries = 0</c> anywhere in the project turns the family's retry off), and Stripe.net
/// from version 40 (two network retries by default). Recognised when the type receives, holds or
/// creates such a client. An SDK whose retry is off by default (SendGrid, MailKit, older Stripe.net) is not one —
/// unless the code switches it on at startup: Stripe.net's <c>StripeConfiguration.MaxNetworkRetries</c>, assigned
/// anywhere in the project, decides for every Stripe.net client of any version (<c>= 0</c> turns it off).
/// </summary>
internal static class SdkClientRetry
{
    private const int StripeDefaultRetriesSinceMajor = 40;

    /// <param name="registrations">The project's SDK settings: Stripe.net's retry setting, Azure messaging retries set to zero.</param>
    public static RetryEvidence? Find(INamedTypeSymbol type, RetryRegistrations registrations, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        var stripeSetting = registrations.StripeSetting;
        foreach (var (client, location) in ClientsOf(type, semanticModel, cancellationToken))
        {
            // Service Bus and Event Hubs: their options do not derive from Azure.Core.ClientOptions, and retry 3 times by
            // default unless the project sets MaxRetries = 0.
            if (AzureMessagingFamily(client) is var (family, options))
            {
                if (registrations.SdkRetriesOff(family) is null)
                {
                    return RetryEvidence.At(RetryEvidenceKind.SdkDefault, client.Name + ": " + family + " clients retry failed operations 3 times by default (" + options + ".MaxRetries)", location);
                }

                continue;
            }

            // Stripe.net: the project's own setting decides when it has one, else the version's default.
            if (StripeMajorVersion(client) is { } stripeMajor)
            {
                if (stripeSetting is not null)
                {
                    if (stripeSetting.Retries)
                    {
                        return stripeSetting.Evidence with { Description = client.Name + ": " + stripeSetting.Evidence.Description };
                    }
                }
                else if (stripeMajor >= StripeDefaultRetriesSinceMajor)
                {
                    return RetryEvidence.At(RetryEvidenceKind.SdkDefault, client.Name + ": Stripe.net retries network failures twice by default", location);
                }

                continue;
            }

            if (Retries(client) is { } how)
            {
                return RetryEvidence.At(RetryEvidenceKind.SdkDefault, client.Name + ": " + how, location);
            }
        }

        return null;
    }

    /// <summary>The Stripe.net major version of a Stripe client or service, or <see langword="null"/>.</summary>
    private static int? StripeMajorVersion(ITypeSymbol client)
    {
        for (var type = client as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (type.Name is "Service" or "StripeClient" && IsStripe(type))
            {
                return type.ContainingAssembly.Identity.Version.Major;
            }
        }

        return null;
    }

    private static string? Retries(ITypeSymbol client)
    {
        for (var type = client as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (type.Name == "AmazonServiceClient" && type.ContainingNamespace?.ToDisplayString() == "Amazon.Runtime")
            {
                return "the AWS SDK retries failed requests by default";
            }
        }

        if (client is INamedTypeSymbol named && named.InstanceConstructors.Any(c => c.Parameters.Any(p => DerivesFromAzureClientOptions(p.Type))))
        {
            return "Azure SDK clients retry failed requests by default (ClientOptions.Retry)";
        }

        return null;
    }

    private static readonly (string Namespace, string Family, string Options)[] AzureMessaging =
    {
        ("Azure.Messaging.ServiceBus", "Azure Service Bus", "ServiceBusRetryOptions"),
        ("Azure.Messaging.EventHubs", "Azure Event Hubs", "EventHubsRetryOptions"),
    };

    /// <summary>The Azure messaging family of a client type (<c>ServiceBusSender</c>, <c>EventHubProducerClient</c>), or <see langword="null"/>.</summary>
    private static (string Family, string Options)? AzureMessagingFamily(ITypeSymbol client)
    {
        if (client is not INamedTypeSymbol { TypeKind: TypeKind.Class } named
            || !(named.Name.EndsWith("Client", StringComparison.Ordinal) || named.Name.EndsWith("Sender", StringComparison.Ordinal)
                 || named.Name.EndsWith("Receiver", StringComparison.Ordinal) || named.Name.EndsWith("Processor", StringComparison.Ordinal)))
        {
            return null;
        }

        // The administration clients take Azure.Core ClientOptions (judged with the Azure SDK clients below), not the family's.
        var ns = named.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns.EndsWith(".Administration", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (root, family, options) in AzureMessaging)
        {
            if (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal))
            {
                return (family, options);
            }
        }

        return null;
    }

    /// <summary>The family whose retry options type this is (<c>ServiceBusRetryOptions</c>), or <see langword="null"/>.</summary>
    public static string? AzureMessagingFamilyOfOptions(INamedTypeSymbol options)
    {
        var ns = options.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var (root, family, optionsName) in AzureMessaging)
        {
            if (options.Name == optionsName && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
            {
                return family;
            }
        }

        return null;
    }

    private static bool IsStripe(INamedTypeSymbol type) => type.ContainingNamespace?.ToDisplayString() == "Stripe";

    private static bool DerivesFromAzureClientOptions(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ClientOptions" && current.ContainingNamespace?.ToDisplayString() == "Azure.Core")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The types the integration receives (constructor parameters), holds (fields, properties) or creates (<c>new</c>).</summary>
    private static IEnumerable<(ITypeSymbol Client, Location? Location)> ClientsOf(INamedTypeSymbol type, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var dependency in Common.TypeDependencies.Of(type, includeProperties: true))
        {
            yield return dependency;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            SemanticModel? model = null;
            foreach (var creation in declaration.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
            {
                if ((model ??= semanticModel(declaration.SyntaxTree)).GetTypeInfo(creation, cancellationToken).Type is { SpecialType: SpecialType.None, TypeKind: TypeKind.Class } created)
                {
                    yield return (created, creation.GetLocation());
                }
            }
        }
    }
}
