using System;
using System.Linq;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// The contract's own retry, applied at run time by IntegrationContracts.Hosting: <c>AddIntegrationContract()</c> on an
/// HttpClient registration (its typed client or named client, or the integration it names) and
/// <c>IIntegrationPipelines.For&lt;T&gt;()</c> / <c>For("name")</c>. Both run the declared <c>[RetryPolicy]</c> (or the
/// hosting default when none is declared), so they are retry for IC0002 and "applied" for IC0018.
/// </summary>
internal static class ContractPipelines
{
    public const string AddContract = "AddIntegrationContract";

    private const string For = "For";

    /// <summary>A file's text mentions one of these when it can apply a contract pipeline (<c>For</c> alone is too common a word).</summary>
    public static readonly string[] TextMarkers = { AddContract, "IIntegrationPipelines" };

    /// <summary>Decided from syntax alone: the names, and <c>For</c> only with one type argument or one argument.</summary>
    public static bool IsCandidate(InvocationExpressionSyntax invocation, string name) =>
        name == AddContract
        || (name == For && invocation.Expression is MemberAccessExpressionSyntax member
            && (member.Name is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } ? invocation.ArgumentList.Arguments.Count == 0 : invocation.ArgumentList.Arguments.Count == 1));

    /// <param name="addHttpClientOf">The <c>AddHttpClient</c> call the registration chain starts with.</param>
    public static RegistrationObservation? Observe(IInvocationOperation invocation, Func<IInvocationOperation, IInvocationOperation?> addHttpClientOf)
    {
        var method = invocation.TargetMethod;
        if (HasNameParameter(invocation) && NameArgument(invocation) is null)
        {
            return null; // a name that is not a constant: which integration it applies is not known here
        }

        var named = NameArgument(invocation);
        if (method.Name == AddContract && method.ContainingType is { Name: "IntegrationContractHttpClientBuilderExtensions" } && TypeNames.IsIn(method, "Microsoft"))
        {
            if (named is not null)
            {
                return Covers(RegistrationKind.CoversIntegrations, named, $"AddIntegrationContract(\"{named}\") applies the contract of '{named}' to its HttpClient", invocation);
            }

            // Without a name the run time finds the integration by the client's name, as here: AddHttpClient<TClient>()
            // is named after TClient (an interface TClient names no integration, and start-up fails), AddHttpClient("x")
            // after "x", which must be an integration's name.
            return addHttpClientOf(invocation) switch
            {
                { } registration when NameArgument(registration) is { } client => Covers(RegistrationKind.CoversIntegrations, client, $"AddIntegrationContract() applies the contract of '{client}' to the HttpClient of that name", invocation),
                { TargetMethod.TypeArguments: { Length: > 0 } types } when DeclaresIntegration(types[0], invocation) => Covers(RegistrationKind.CoversTypes, RetryCandidate.Key(types[0]), "AddIntegrationContract() applies the integration's contract to its typed client", invocation),
                _ => null,
            };
        }

        if (method.Name == For && method.ContainingType is { Name: "IIntegrationPipelines" } && TypeNames.IsIn(method, "IntegrationContracts"))
        {
            if (method.TypeArguments.Length == 1)
            {
                var type = method.TypeArguments[0];
                return DeclaresIntegration(type, invocation)
                    ? Covers(RegistrationKind.CoversTypes, RetryCandidate.Key(type), $"IIntegrationPipelines.For<{type.Name}>() runs it through its contract pipeline", invocation)
                    : null;
            }

            return named is null ? null : Covers(RegistrationKind.CoversIntegrations, named, $"IIntegrationPipelines.For(\"{named}\") runs it through its contract pipeline", invocation);
        }

        return null;
    }

    private static RegistrationObservation Covers(RegistrationKind kind, string key, string description, IOperation invocation) =>
        new(kind, new[] { key }.ToEquatableArray(), Evidence(description, invocation));

    private static RetryEvidence Evidence(string description, IOperation invocation) =>
        RetryEvidence.At(RetryEvidenceKind.ContractPipeline, description, invocation.Syntax.GetLocation());

    /// <summary>
    /// Whether the type carries <c>[Integration]</c> itself: the run time finds a pipeline or typed client by a type only
    /// for an integration declared on the class, not for the integration methods it holds (start-up fails for those).
    /// </summary>
    private static bool DeclaresIntegration(ITypeSymbol type, IOperation invocation) =>
        invocation.SemanticModel?.Compilation.GetTypeByMetadataName(ContractSymbols.IntegrationAttributeMetadataName) is { } integration
        && type.OriginalDefinition.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, integration));

    private static bool HasNameParameter(IInvocationOperation invocation) =>
        invocation.Arguments.Any(a => a.Parameter?.Type.SpecialType == SpecialType.System_String);

    private static string? NameArgument(IInvocationOperation invocation) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value.ConstantValue is { HasValue: true, Value: string name }
            ? name
            : null;
}
