using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using IntegrationContracts.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>
/// Recognises the registrations that give integrations their retry away from the type: typed HttpClient
/// registrations chained with a retrying handler, <c>ConfigureHttpClientDefaults</c> (and the Aspire service defaults
/// that call it), MassTransit
/// <c>UseMessageRetry</c>, NServiceBus <c>Recoverability()</c>. <see cref="IsCandidate"/> is a syntactic filter, so
/// only calls with one of these names are ever bound.
/// </summary>
internal static class RegistrationObserver
{
    /// <summary>HttpClient builder calls that add a retry on their own (AddResilienceHandler only when configured with AddRetry).</summary>
    private static readonly ImmutableHashSet<string> RetryingHandlers = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "AddStandardResilienceHandler",
        "AddStandardHedgingHandler",
        "AddPolicyHandler",
        "AddPolicyHandlerFromRegistry",
        "AddTransientHttpErrorPolicy");

    private const string ConfigurableHandler = "AddResilienceHandler";

    /// <summary>
    /// The .NET Aspire service-defaults convention: the template's <c>AddServiceDefaults()</c> calls
    /// <c>ConfigureHttpClientDefaults(http =&gt; http.AddStandardResilienceHandler())</c>. It lives in a shared project,
    /// which this compilation sees as metadata only, so the call is taken at its word; one in this project is read instead.
    /// </summary>
    private const string ServiceDefaults = "AddServiceDefaults";

    private static readonly ImmutableHashSet<string> ObservedNames = RetryingHandlers.Union(new[]
    {
        ConfigurableHandler,
        ServiceDefaults,
        "ConfigureHttpClientDefaults",
        "UseMessageRetry",
        "NumberOfRetries",
    });

    /// <summary>
    /// Stripe.net's process-wide retry setting, <c>StripeConfiguration.MaxNetworkRetries = n</c>, assigned once at
    /// startup: it switches retry on for versions that default to none and off (<c>= 0</c>) for those that retry.
    /// </summary>
    private const string StripeNetworkRetries = "MaxNetworkRetries";

    /// <summary>Azure messaging SDKs' retry count (<c>ServiceBusRetryOptions.MaxRetries</c>, <c>EventHubsRetryOptions.MaxRetries</c>): 0 turns their default retry off.</summary>
    private const string AzureMessagingMaxRetries = "MaxRetries";

    /// <summary>Whether a file can contain a registration at all: a text search, so most files are never walked.</summary>
    public static bool MayContainRegistration(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var content = text.ToString();
        return MentionsAny(content, ObservedNames)
            || MentionsAny(content, ContractPipelines.TextMarkers)
            || content.IndexOf("EndpointConfiguration", System.StringComparison.Ordinal) >= 0
            || content.IndexOf(StripeNetworkRetries, System.StringComparison.Ordinal) >= 0
            || content.IndexOf(AzureMessagingMaxRetries, System.StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the text mentions any of the names (ordinal): the file filter before any syntax is walked.</summary>
    public static bool MentionsAny(string content, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (content.IndexOf(name, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the node could be a registration: decided from syntax alone.</summary>
    public static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => ObservedNames.Contains(InvokedNames.Of(invocation)) || ContractPipelines.IsCandidate(invocation, InvokedNames.Of(invocation)),
        ObjectCreationExpressionSyntax creation => InvokedNames.Of(creation.Type) == "EndpointConfiguration",
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: StripeNetworkRetries } } => true,
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: AzureMessagingMaxRetries } or IdentifierNameSyntax { Identifier.ValueText: AzureMessagingMaxRetries } } => true,
        _ => false,
    };

    /// <summary>The registration a candidate node makes, or <see langword="null"/>.</summary>
    public static RegistrationObservation? Observe(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (node is ObjectCreationExpressionSyntax creation)
        {
            return semanticModel.GetTypeInfo(creation, cancellationToken).Type is { Name: "EndpointConfiguration" } type && Common.TypeNames.IsIn(type, "NServiceBus")
                ? new RegistrationObservation(RegistrationKind.NServiceBusEndpoint, EquatableArray<string>.Empty, Evidence(RetryEvidenceKind.Recoverability, "NServiceBus endpoint configuration", node))
                : null;
        }

        if (node is AssignmentExpressionSyntax assignment)
        {
            return ObserveStripeSetting(assignment, semanticModel, cancellationToken) ?? ObserveAzureMessagingRetries(assignment, semanticModel, cancellationToken);
        }

        if (semanticModel.GetOperation(node, cancellationToken) is IInvocationOperation invocation)
        {
            return Observe(invocation);
        }

        // A configuration lambda with one call that does not bind (half-built code, a package not restored) leaves the
        // registration without an invocation to read: judge ConfigureHttpClientDefaults by its syntax instead.
        return node is InvocationExpressionSyntax syntax
            && InvokedNames.Of(syntax) == "ConfigureHttpClientDefaults"
            && syntax.ArgumentList.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => RetryingHandlers.Contains(InvokedNames.Of(call)))
                ? new RegistrationObservation(
                    RegistrationKind.CoversTypedClients,
                    EquatableArray<string>.Empty,
                    Evidence(RetryEvidenceKind.HttpClientDefaults, "ConfigureHttpClientDefaults adds a retrying handler to every HttpClient", node))
                : null;
    }

    private static RegistrationObservation? Observe(IInvocationOperation invocation)
    {
        if (ContractPipelines.Observe(invocation, AddHttpClientOf) is { } contract)
        {
            return contract;
        }

        var method = invocation.TargetMethod;
        if (RetryingHandlers.Contains(method.Name)
            || (method.Name == ConfigurableHandler && ConfigurationCalls(invocation, "AddRetry")))
        {
            var typedClients = TypedClientsOf(invocation);
            return typedClients.IsEmpty
                ? null
                : new RegistrationObservation(
                    RegistrationKind.CoversTypes,
                    typedClients,
                    Evidence(RetryEvidenceKind.TypedClientRegistration, method.Name + " on the typed client's AddHttpClient registration", invocation.Syntax));
        }

        switch (method.Name)
        {
            case ServiceDefaults when !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, invocation.SemanticModel?.Compilation.Assembly):
                return new RegistrationObservation(
                    RegistrationKind.CoversTypedClients,
                    EquatableArray<string>.Empty,
                    Evidence(RetryEvidenceKind.HttpClientDefaults, "AddServiceDefaults (the .NET Aspire service defaults) adds the standard resilience handler to every HttpClient", invocation.Syntax));
            case "ConfigureHttpClientDefaults" when ConfigurationCalls(invocation, RetryingHandlers.ToArray())
                || (ConfigurationCalls(invocation, ConfigurableHandler) && ConfigurationCalls(invocation, "AddRetry")):
                return new RegistrationObservation(
                    RegistrationKind.CoversTypedClients,
                    EquatableArray<string>.Empty,
                    Evidence(RetryEvidenceKind.HttpClientDefaults, "ConfigureHttpClientDefaults adds a retrying handler to every HttpClient", invocation.Syntax));
            case "UseMessageRetry" when Common.TypeNames.IsIn(method, "MassTransit") && !ConfigurationDisablesRetry(invocation):
                var consumers = ConsumersConfiguredWith(invocation);
                return consumers.IsEmpty
                    ? null
                    : new RegistrationObservation(RegistrationKind.CoversTypes, consumers, Evidence(RetryEvidenceKind.MessageRetry, "MassTransit UseMessageRetry on the consumer's bus configuration", invocation.Syntax));
            case "NumberOfRetries" when Common.TypeNames.IsIn(method, "NServiceBus")
                && invocation.Arguments.LastOrDefault()?.Value.ConstantValue is { HasValue: true, Value: int retries } && retries > 0:
                return new RegistrationObservation(RegistrationKind.NServiceBusRetries, EquatableArray<string>.Empty, Evidence(RetryEvidenceKind.Recoverability, "NServiceBus recoverability with " + retries + " retries", invocation.Syntax));
            default:
                return null;
        }
    }

    private static RegistrationObservation? ObserveStripeSetting(AssignmentExpressionSyntax assignment, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol { ContainingType: { Name: "StripeConfiguration" } configuration }
            || !Common.TypeNames.IsIn(configuration, "Stripe"))
        {
            return null;
        }

        var value = semanticModel.GetConstantValue(assignment.Right, cancellationToken);
        return value is { HasValue: true, Value: int retries } && retries <= 0
            ? new RegistrationObservation(RegistrationKind.StripeRetriesOff, EquatableArray<string>.Empty, Evidence(RetryEvidenceKind.SdkConfiguration, "StripeConfiguration.MaxNetworkRetries = " + retries + " turns Stripe.net's retries off", assignment))
            : new RegistrationObservation(RegistrationKind.StripeRetries, EquatableArray<string>.Empty, Evidence(RetryEvidenceKind.SdkConfiguration, "Stripe.net retries network failures: " + assignment.WithoutTrivia(), assignment));
    }

    /// <summary><c>MaxRetries = 0</c> on <c>ServiceBusRetryOptions</c> or <c>EventHubsRetryOptions</c>, in an initializer or an assignment.</summary>
    private static RegistrationObservation? ObserveAzureMessagingRetries(AssignmentExpressionSyntax assignment, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not IPropertySymbol { Name: AzureMessagingMaxRetries, ContainingType: { } options }
            || SdkClientRetry.AzureMessagingFamilyOfOptions(options) is not { } family
            || semanticModel.GetConstantValue(assignment.Right, cancellationToken) is not { HasValue: true, Value: int retries }
            || retries > 0)
        {
            return null;
        }

        return new RegistrationObservation(
            RegistrationKind.SdkRetriesOff,
            new EquatableArray<string>(new[] { family }),
            Evidence(RetryEvidenceKind.SdkConfiguration, options.Name + ".MaxRetries = " + retries + " turns " + family + "'s retries off", assignment));
    }

    private static RetryEvidence Evidence(RetryEvidenceKind kind, string description, SyntaxNode node) =>
        RetryEvidence.At(kind, description, node.GetLocation());

    /// <summary>The <c>AddHttpClient(..)</c> call a builder chain starts with, or <see langword="null"/>.</summary>
    private static IInvocationOperation? AddHttpClientOf(IInvocationOperation invocation)
    {
        for (var current = Receiver(invocation); current is not null; current = Receiver(current))
        {
            if (current.TargetMethod.Name == "AddHttpClient")
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>
    /// Walks the builder chain down to <c>AddHttpClient&lt;TClient[, TImplementation]&gt;()</c> and returns its type
    /// arguments, or to <c>AddHttpClient("name")</c> and returns the named client's key.
    /// </summary>
    private static EquatableArray<string> TypedClientsOf(IInvocationOperation invocation)
    {
        for (var current = Receiver(invocation); current is not null; current = Receiver(current))
        {
            if (current.TargetMethod.Name == "AddHttpClient")
            {
                if (!current.TargetMethod.TypeArguments.IsEmpty)
                {
                    return current.TargetMethod.TypeArguments.Select(RetryCandidate.Key).ToEquatableArray();
                }

                // A named client: AddHttpClient("erp"), taken by CreateClient("erp").
                return current.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value.ConstantValue is { HasValue: true, Value: string name }
                    ? new[] { RetryCandidate.NamedClientKey(name) }.ToEquatableArray()
                    : EquatableArray<string>.Empty;
            }
        }

        return EquatableArray<string>.Empty;
    }

    /// <summary>
    /// The consumers configured next to <c>UseMessageRetry</c>: every <c>AddConsumer&lt;T&gt;</c>,
    /// <c>ConfigureConsumer&lt;T&gt;</c> or <c>Consumer&lt;T&gt;</c> in the same <c>AddMassTransit</c> call (or, without one,
    /// the same method body).
    /// </summary>
    private static EquatableArray<string> ConsumersConfiguredWith(IInvocationOperation useMessageRetry)
    {
        IOperation scope = useMessageRetry;
        for (var parent = useMessageRetry.Parent; parent is not null; parent = parent.Parent)
        {
            scope = parent;
            if (parent is IInvocationOperation { TargetMethod.Name: "AddMassTransit" })
            {
                break;
            }
        }

        var consumers = new List<string>();
        foreach (var operation in scope.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "AddConsumer" or "ConfigureConsumer" or "Consumer", IsGenericMethod: true } target })
            {
                consumers.Add(RetryCandidate.Key(target.TypeArguments[0]));
            }
        }

        return consumers.ToEquatableArray();
    }

    private static IInvocationOperation? Receiver(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance
            ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver as IInvocationOperation;
    }

    /// <summary>Whether a lambda passed to the invocation calls one of the named methods.</summary>
    private static bool ConfigurationCalls(IInvocationOperation invocation, params string[] methodNames)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call => methodNames.Contains(call.TargetMethod.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>r.None()</c> or zero retries in a MassTransit retry configuration turns retry off.</summary>
    private static bool ConfigurationDisablesRetry(IInvocationOperation useMessageRetry) =>
        useMessageRetry.Arguments.SelectMany(argument => argument.Value.DescendantsAndSelf()).OfType<IInvocationOperation>().Any(call =>
            call.TargetMethod.Name == "None"
            || (call.TargetMethod.Name is "Immediate" or "Interval" or "Intervals" or "Incremental" or "Exponential"
                && call.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32)?.Value.ConstantValue is { HasValue: true, Value: 0 }));
}
