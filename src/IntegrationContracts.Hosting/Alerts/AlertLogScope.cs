using System.Collections.Generic;
using System.Linq;

namespace IntegrationContracts.Hosting;

/// <summary>
/// The owner fields of a logged alert as a logging scope: structured loggers read the pairs, the console logger prints
/// <see cref="ToString"/> (the pairs that have a value) instead of a type name.
/// </summary>
internal sealed class AlertLogScope : List<KeyValuePair<string, object?>>
{
    public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));

    public override string ToString() => string.Join(", ", this.Where(pair => pair.Value is not null).Select(pair => pair.Key + "=" + pair.Value));
}
