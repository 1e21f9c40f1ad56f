using System;
using System.Threading;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// A per-compilation value computed on first need with the token of whoever needs it: a cancelled computation is
/// simply not kept (<see cref="Lazy{T}"/> would cache the exception, or never see the token at all), and the next caller
/// computes it. Two callers may compute it at once; the first result is kept, so the computation must be pure.
/// </summary>
internal sealed class CancellableLazy<T>(Func<CancellationToken, T> create)
{
    private Box? _box;

    public T GetValue(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _box) is { } box)
        {
            return box.Value;
        }

        var created = new Box(create(cancellationToken));
        return (Interlocked.CompareExchange(ref _box, created, null) ?? created).Value;
    }

    private sealed class Box(T value)
    {
        public T Value { get; } = value;
    }
}
