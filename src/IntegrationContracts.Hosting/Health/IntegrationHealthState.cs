using System;
using System.Threading;

namespace IntegrationContracts.Hosting;

/// <summary>An integration's last outcome and last success, written by its pipeline after each call, read by its health check.</summary>
internal sealed class IntegrationHealthState
{
    private long _lastSuccessTicks;
    private long _lastFailureTicks;
    private int _lastFailed;
    private int _applied;

    /// <summary>Notes that this process runs the integration through its contract (AddIntegrationContract, IIntegrationPipelines).</summary>
    public void MarkApplied() => Volatile.Write(ref _applied, 1);

    /// <summary>Whether this process runs the integration through its contract: only then can its health be judged.</summary>
    public bool IsApplied => Volatile.Read(ref _applied) == 1;

    public void Record(bool succeeded, DateTimeOffset at)
    {
        Volatile.Write(ref succeeded ? ref _lastSuccessTicks : ref _lastFailureTicks, at.UtcTicks);
        Volatile.Write(ref _lastFailed, succeeded ? 0 : 1);
    }

    public bool LastCallFailed => Volatile.Read(ref _lastFailed) == 1;

    public DateTimeOffset? LastSuccess => Ticks(Volatile.Read(ref _lastSuccessTicks));

    public DateTimeOffset? LastFailure => Ticks(Volatile.Read(ref _lastFailureTicks));

    private static DateTimeOffset? Ticks(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
