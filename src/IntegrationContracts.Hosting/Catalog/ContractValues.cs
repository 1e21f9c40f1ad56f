namespace IntegrationContracts.Hosting;

/// <summary>The contract values a pipeline cannot run with; IC0005 reports the same ones at build time.</summary>
internal static class ContractValues
{
    public static void ThrowIfInvalid(IntegrationDescriptor descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor.Name))
        {
            throw new IntegrationContractException(descriptor.TypeName, $"the integration declared on {descriptor.TypeName} has an empty name (IC0005).");
        }

        if (descriptor.Retry is { NoRetryJustification: null, MaxAttempts: < 1 } retry)
        {
            throw new IntegrationContractException(descriptor.Name, $"[RetryPolicy({retry.MaxAttempts})] is invalid: an integration makes at least 1 attempt (IC0005).");
        }

        foreach (var hook in descriptor.AlertHooks)
        {
            if (hook.HookType is null)
            {
                throw new IntegrationContractException(descriptor.Name, $"its alert hook {hook.HookTypeName} cannot be loaded: is its assembly deployed, and is the type public or internal (not private)?");
            }

            if (!typeof(IIntegrationAlertHook).IsAssignableFrom(hook.HookType))
            {
                throw new IntegrationContractException(descriptor.Name, $"its alert hook {hook.HookTypeName} does not implement IIntegrationAlertHook (IC0014): failures raised to it would reach nobody.");
            }
        }
    }
}
