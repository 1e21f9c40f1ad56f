using System;

namespace IntegrationContracts.Hosting;

/// <summary>The time the contracts run on (the app's <see cref="TimeProvider"/>, a fake one in tests) and when they started.</summary>
internal sealed class IntegrationClock
{
    public IntegrationClock(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        StartedAt = Time.GetUtcNow();
    }

    public TimeProvider Time { get; }

    public DateTimeOffset StartedAt { get; }
}
