using IntegrationContracts;

namespace IntegrationContracts.Hosting.Tests.InvalidContracts;

/// <summary>An integration whose declared retry cannot run: zero attempts.</summary>
[Integration("zero-attempts-export", Source = "ERP", Target = "Data lake")]
[IntegrationOwner("data-team", Contact = "data@contoso.example")]
[RetryPolicy(0)]
[AlertHook(typeof(NoopHook))]
public sealed class ZeroAttemptsExport
{
}

/// <summary>A hook that does nothing.</summary>
public sealed class NoopHook : IIntegrationAlertHook
{
    /// <inheritdoc />
    public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken ct) => System.Threading.Tasks.Task.CompletedTask;
}
