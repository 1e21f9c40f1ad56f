using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>What the IntegrationContracts (and Polly) meters and the IntegrationContracts activity source emit while it listens.</summary>
public sealed class TelemetryRecorder : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;

    public TelemetryRecorder()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name is IntegrationTelemetry.Name or "Polly")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == IntegrationTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Spans.Add(activity),
        };
        ActivitySource.AddActivityListener(_activities);
    }

    public ConcurrentBag<Measurement> Measurements { get; } = new();

    public ConcurrentBag<Activity> Spans { get; } = new();

    /// <summary>The measurements of one instrument for one integration.</summary>
    public IReadOnlyList<Measurement> Of(string instrument, string integration) =>
        Measurements.Where(m => m.Instrument == instrument && m.Tags.TryGetValue(IntegrationTags.Name, out var name) && (string?)name == integration).ToList();

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
