using System.Collections.Generic;

namespace IntegrationContracts.Hosting;

/// <summary>
/// What one integration's pipelines share at run time, made once at start-up: its descriptor, its telemetry tags (with
/// and without the outcome) and its health. Per call nothing is looked up or allocated for these.
/// </summary>
internal sealed class ContractRuntime
{
    public ContractRuntime(IntegrationDescriptor descriptor)
    {
        Descriptor = descriptor;
        Tags = IntegrationTags.Of(descriptor);
        SuccessTags = WithOutcome(Tags, IntegrationTelemetry.Success);
        FailureTags = WithOutcome(Tags, IntegrationTelemetry.Failure);
        SpanName = "integration " + descriptor.Name;
    }

    public IntegrationDescriptor Descriptor { get; }

    /// <summary>The five integration tags.</summary>
    public KeyValuePair<string, object?>[] Tags { get; }

    public KeyValuePair<string, object?>[] SuccessTags { get; }

    public KeyValuePair<string, object?>[] FailureTags { get; }

    public string SpanName { get; }

    public IntegrationHealthState Health { get; } = new();

    private static KeyValuePair<string, object?>[] WithOutcome(KeyValuePair<string, object?>[] tags, KeyValuePair<string, object?> outcome)
    {
        var all = new KeyValuePair<string, object?>[tags.Length + 1];
        tags.CopyTo(all, 0);
        all[tags.Length] = outcome;
        return all;
    }
}
