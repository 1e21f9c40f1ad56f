using System;

namespace IntegrationContracts.Hosting;

/// <summary>The time the contracts run on (the app's <see cref="TimeProvider"/>, a fake one in tests) and when they started.</summary>
internal sealed class IntegrationClock
{
    public IntegrationClock(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Started = CoarseTimestamp();
    }

    public TimeProvider Time { get; }

    /// <summary>The clock's <see cref="CoarseTimestamp"/> at start-up.</summary>
    public long Started { get; }

    /// <summary>The wall-clock time of a <see cref="CoarseTimestamp"/>.</summary>
    public DateTimeOffset WallTime(long coarseTimestamp) => Time.GetUtcNow() - CoarseElapsed(coarseTimestamp);

    /// <summary>
    /// A timestamp fine enough for health windows (minutes, hours) and cheap enough to take on every call: the system
    /// clock's millisecond tick count, or the app's own clock (a fake one in tests) in its ticks. Compare with
    /// <see cref="CoarseElapsed"/> only.
    /// </summary>
    public long CoarseTimestamp() => ReferenceEquals(Time, TimeProvider.System) ? Environment.TickCount64 : Time.GetTimestamp();

    /// <summary>The time since a <see cref="CoarseTimestamp"/>.</summary>
    public TimeSpan CoarseElapsed(long coarseTimestamp) => ReferenceEquals(Time, TimeProvider.System)
        ? TimeSpan.FromMilliseconds(Environment.TickCount64 - coarseTimestamp)
        : Time.GetElapsedTime(coarseTimestamp);
}
