using System;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Billing;

/// <summary>Pages the billing team with the failed integration and its owner.</summary>
public sealed class BillingAlert : IIntegrationAlertHook
{
    /// <inheritdoc />
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{failure.Integration.Name} failed: {failure.Exception.Message}. Owner: {failure.Integration.OwnerTeam}");
        return Task.CompletedTask;
    }
}
