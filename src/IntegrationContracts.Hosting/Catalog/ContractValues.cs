namespace IntegrationContracts.Hosting;

/// <summary>The contract values a pipeline cannot run with; IC0005 reports the same ones at build time.</summary>
internal static class ContractValues
{
    /// <summary>Why the contract cannot run, or <see langword="null"/> when it can.</summary>
    public static string? Problem(IntegrationDescriptor descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor.Name))
        {
            return $"the integration declared on {descriptor.TypeName} has an empty name (IC0005).";
        }

        if (descriptor.Retry is { NoRetryJustification: null, MaxAttempts: < 1 } retry)
        {
            return $"[RetryPolicy({retry.MaxAttempts})] is invalid: an integration makes at least 1 attempt (IC0005).";
        }

        foreach (var hook in descriptor.AlertHooks)
        {
            if (hook.HookType is null)
            {
                return $"its alert hook {hook.HookTypeName} cannot be loaded: is its assembly deployed, and is the type public or internal (not private)?";
            }

            if (!typeof(IIntegrationAlertHook).IsAssignableFrom(hook.HookType))
            {
                return $"its alert hook {hook.HookTypeName} does not implement IIntegrationAlertHook (IC0014): failures raised to it would reach nobody.";
            }
        }

        return null;
    }
}
