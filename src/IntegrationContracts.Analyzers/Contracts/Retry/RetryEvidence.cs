namespace IntegrationContracts.Analyzers.Contracts.Retry;

/// <summary>What kind of code gives an integration its retry when no attribute declares one.</summary>
internal enum RetryEvidenceKind
{
    /// <summary>A Polly pipeline or policy received from outside (constructor parameter, settable property).</summary>
    InjectedPolicy,

    /// <summary>A Polly pipeline or policy built inside the type with a retry (<c>AddRetry</c>, <c>WaitAndRetry*</c>).</summary>
    RetryBuilder,

    /// <summary>A hand-written retry: a loop around a <c>try</c> that waits (<c>Task.Delay</c>, <c>Thread.Sleep</c>) between attempts.</summary>
    RetryLoop,

    /// <summary>Retry state kept with the work item and checked against a limit: <c>RetryCount &lt; MaxRetryCount</c>, <c>SentTries &lt; 3</c>.</summary>
    RetryState,

    /// <summary>It calls through a method declared <c>[RetryPolicy]</c> (an event bus, a shared client): whoever calls through it retries.</summary>
    RetryingCall,

    /// <summary>It uses a vendor SDK client that retries by default (AWS, Azure, Stripe.net 40 and later).</summary>
    SdkDefault,

    /// <summary>It uses a vendor SDK client whose retry the code switches on at startup (<c>StripeConfiguration.MaxNetworkRetries = 2</c>).</summary>
    SdkConfiguration,

    /// <summary>It calls through a type of the same project whose retry is recognised (a client, a provider, an interface whose implementations all retry).</summary>
    RetryingDependency,

    /// <summary>Its typed HttpClient registration chains a retrying resilience handler.</summary>
    TypedClientRegistration,

    /// <summary><c>ConfigureHttpClientDefaults</c> gives every typed client a retrying handler.</summary>
    HttpClientDefaults,

    /// <summary>MassTransit <c>UseMessageRetry</c> configured for its consumer.</summary>
    MessageRetry,

    /// <summary>NServiceBus recoverability with retries above zero, on the only endpoint configuration.</summary>
    Recoverability,

    /// <summary>IntegrationContracts.Hosting runs the contract: <c>AddIntegrationContract()</c>, <c>IIntegrationPipelines.For&lt;T&gt;()</c>.</summary>
    ContractPipeline,
}

/// <summary>Where and how retry was recognised in code. <c>File</c> is the file name only, so the manifest does not depend on the machine.</summary>
internal sealed record RetryEvidence(RetryEvidenceKind Kind, string Description, string? File, int Line)
{
    public string KindName => Kind switch
    {
        RetryEvidenceKind.InjectedPolicy => "injectedPolicy",
        RetryEvidenceKind.RetryBuilder => "retryBuilder",
        RetryEvidenceKind.RetryLoop => "retryLoop",
        RetryEvidenceKind.RetryingCall => "retryingCall",
        RetryEvidenceKind.RetryState => "retryState",
        RetryEvidenceKind.SdkDefault => "sdkDefault",
        RetryEvidenceKind.SdkConfiguration => "sdkConfiguration",
        RetryEvidenceKind.RetryingDependency => "retryingDependency",
        RetryEvidenceKind.TypedClientRegistration => "typedClientRegistration",
        RetryEvidenceKind.HttpClientDefaults => "httpClientDefaults",
        RetryEvidenceKind.MessageRetry => "messageRetry",
        RetryEvidenceKind.ContractPipeline => "contractPipeline",
        _ => "recoverability",
    };

    public static RetryEvidence At(RetryEvidenceKind kind, string description, Microsoft.CodeAnalysis.Location? location)
    {
        if (location is null || !location.IsInSource)
        {
            return new RetryEvidence(kind, description, null, 0);
        }

        var span = location.GetLineSpan();
        return new RetryEvidence(kind, description, System.IO.Path.GetFileName(span.Path), span.StartLinePosition.Line + 1);
    }
}
