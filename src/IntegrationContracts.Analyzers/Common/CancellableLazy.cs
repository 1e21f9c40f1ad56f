using System;
using System.Threading;

namespace IntegrationContracts.Analyzers.Common;

/// <summary>
/// A per-compilation value computed on first need with the token of whoever needs it: a cancelled computation is
/// simply not kept (<see cref="Lazy{T}"/> would cache the exception, or never see the token at all), and the next caller
/// computes it. Callers wait for a computation under way rather than repeat it.
/// </summary>
internal sealed class CancellableLazy<T>(Func<CancellationToken, T> create)
{
    private readonly object _gate = new();
    private Box? _box;

    public T GetValue(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _box) is { } box)
        {
            return box.Value;
        }

        // One computation at a time (the scans are compilation-wide); a cancelled one stores nothing and the next caller
        // computes it with its own token.
        lock (_gate)
        {
            if (_box is { } computed)
            {
                return computed.Value;
            }

            var created = new Box(create(cancellationToken));
            Volatile.Write(ref _box, created);
            return created.Value;
        }
    }

    private sealed class Box(T value)
    {
        public T Value { get; } = value;
    }
}
