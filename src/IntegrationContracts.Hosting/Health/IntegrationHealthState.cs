using System.Threading;

namespace IntegrationContracts.Hosting;

/// <summary>
/// An integration's last outcome and last success, written by its pipeline after each call, read by its health check.
/// Times are the clock's coarse timestamps (<see cref="IntegrationClock.CoarseTimestamp"/>): a call pays for no wall-clock read.
/// </summary>
internal sealed class IntegrationHealthState
{
    private long _lastSuccess;
    private long _lastFailure;
    private int _lastFailed;
    private int _applied;

    /// <summary>Notes that this process runs the integration through its contract (AddIntegrationContract, IIntegrationPipelines).</summary>
    public void MarkApplied() => Volatile.Write(ref _applied, 1);

    /// <summary>Whether this process runs the integration through its contract: only then can its health be judged.</summary>
    public bool IsApplied => Volatile.Read(ref _applied) == 1;

    public void Record(bool succeeded, long timestamp)
    {
        Volatile.Write(ref succeeded ? ref _lastSuccess : ref _lastFailure, timestamp);
        Volatile.Write(ref _lastFailed, succeeded ? 0 : 1);
    }

    public bool LastCallFailed => Volatile.Read(ref _lastFailed) == 1;

    /// <summary>The timestamp of the last successful call, or <see langword="null"/>.</summary>
    public long? LastSuccess => NullIfNever(Volatile.Read(ref _lastSuccess));

    /// <summary>The timestamp of the last failed call, or <see langword="null"/>.</summary>
    public long? LastFailure => NullIfNever(Volatile.Read(ref _lastFailure));

    private static long? NullIfNever(long timestamp) => timestamp == 0 ? null : timestamp;
}
