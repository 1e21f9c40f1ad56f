using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IntegrationContracts.Analyzers.Contracts;

/// <summary>
/// Vendor SDK clients that retry on their own unless told not to: AWS SDK service clients (standard retry mode),
/// Azure SDK clients (Azure.Core's retry policy: the client's options derive from <c>Azure.Core.ClientOptions</c>),
/// and Stripe.net from version 40 (two network retries by default). Recognised when the type receives, holds or
/// creates such a client. An SDK whose retry is off by default (SendGrid, MailKit, older Stripe.net) is not one —
/// unless the code switches it on at startup: Stripe.net's <c>StripeConfiguration.MaxNetworkRetries</c>, assigned
/// anywhere in the project, decides for every Stripe.net client of any version (<c>= 0</c> turns it off).
/// </summary>
internal static class SdkClientRetry
{
    private const int StripeDefaultRetriesSinceMajor = 40;

    /// <param name="stripeSetting">Stripe.net's retry setting when the project assigns it, else <see langword="null"/>.</param>
    public static RetryEvidence? Find(INamedTypeSymbol type, SdkRetrySetting? stripeSetting, Func<SyntaxTree, SemanticModel> semanticModel, CancellationToken cancellationToken)
    {
        foreach (var (client, location) in ClientsOf(type, semanticModel, cancellationToken))
        {
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
