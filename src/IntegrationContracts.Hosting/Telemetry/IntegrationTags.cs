using System.Collections.Generic;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The five tags every instrument, span and Polly event of an integration carries, made once per integration: who owns
/// it is what an alert rule or a dashboard groups by (<c>integration_owner</c> in Prometheus).
/// </summary>
public static class IntegrationTags
{
    /// <summary>The integration's name.</summary>
    public const string Name = "integration.name";

    /// <summary>The owning team (<c>unowned</c> when nobody owns it).</summary>
    public const string Owner = "integration.owner";

    /// <summary>The business process.</summary>
    public const string Process = "integration.process";

    /// <summary>The system the data comes from.</summary>
    public const string Source = "integration.source";

    /// <summary>The system the data goes to.</summary>
    public const string Target = "integration.target";

    /// <summary>The value of <see cref="Owner"/> for an integration nobody owns: a dashboard shows the gap instead of dropping the series.</summary>
    public const string Unowned = "unowned";

    /// <summary>The tags of one integration, in a fixed order.</summary>
    public static KeyValuePair<string, object?>[] Of(IntegrationDescriptor descriptor) => new KeyValuePair<string, object?>[]
    {
        new(Name, descriptor.Name),
        new(Owner, descriptor.OwnerTeam ?? Unowned),
        new(Process, descriptor.Process ?? string.Empty),
        new(Source, descriptor.Source ?? string.Empty),
        new(Target, descriptor.Target ?? string.Empty),
    };
}
