using System.Collections.Immutable;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationContracts.Hosting.Tests;

/// <summary>A service provider with the test integrations' contracts: short, jitter-free delays so the backoff is exact.</summary>
public static class ContractHost
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);

    public static ServiceProvider Create(Action<IServiceCollection>? configure = null, LogRecorder? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton<AlertSink>();
        services.AddIntegrationContracts(
            options =>
            {
                options.RetryDelay = RetryDelay;
                options.UseJitter = false;
                options.AlertHookTimeout = TimeSpan.FromMilliseconds(300);
            },
            typeof(ErpOrderSync).Assembly);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>Every log entry, with the scopes it was written in.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly AsyncLocal<ImmutableStack<object?>> _scopes = new();

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception, IReadOnlyList<object?> Scopes);

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var previous = recorder._scopes.Value ?? ImmutableStack<object?>.Empty;
            recorder._scopes.Value = previous.Push(state);
            return new Scope(() => recorder._scopes.Value = previous);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            recorder.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception, (recorder._scopes.Value ?? ImmutableStack<object?>.Empty).ToList()));
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
