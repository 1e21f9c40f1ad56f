using System;

namespace IntegrationContracts.Hosting;

/// <summary>The time the contracts run on (the app's <see cref="TimeProvider"/>, a fake one in tests) and when they started.</summary>
internal sealed class IntegrationClock
{
    public IntegrationClock(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Started = Time.GetTimestamp();
    }

    public TimeProvider Time { get; }

    /// <summary>The clock's timestamp at start-up.</summary>
    public long Started { get; }

    /// <summary>The wall-clock time of one of the clock's timestamps.</summary>
    public DateTimeOffset WallTime(long timestamp) => Time.GetUtcNow() - Time.GetElapsedTime(timestamp);
}
