using System.Collections.Concurrent;

namespace IntegrationContracts.Tests;

public sealed class IntegrationAlertsTests
{
    private static readonly InvalidOperationException Boom = new("ERP answered 503");

    [Fact]
    public async Task Every_hook_is_told_with_the_descriptor_in_declaration_order()
    {
        var log = new List<string>();
        var integration = Integration(Hook<FirstHook>(), Hook<SecondHook>());

        var result = await IntegrationAlerts.RaiseAsync(integration, Boom, attempt: 2, willRetry: true, type => new RecordingHook(type.Name, log));

        Assert.True(result.Succeeded);
        Assert.Equal(new[] { "FirstHook: shop-orders-to-erp erp-team https://wiki.contoso.example/runbooks/shop-orders 2 True", "SecondHook: shop-orders-to-erp erp-team https://wiki.contoso.example/runbooks/shop-orders 2 True" }, log);
        Assert.Equal(integration.AlertHooks, result.Notified);
        Assert.Same(integration, result.Failure.Integration);
        Assert.Same(Boom, result.Failure.Exception);
    }

    [Fact]
    public async Task Hooks_the_factory_does_not_create_are_made_with_their_parameterless_constructor_and_disposed()
    {
        var key = Guid.NewGuid().ToString();
        var integration = Integration(Hook<DisposableHook>());

        var result = await IntegrationAlerts.RaiseAsync(integration, new InvalidOperationException(key), 1, false, _ => null);

        Assert.True(result.Succeeded);
        Assert.Equal(new[] { "told " + key, "disposed " + key }, DisposableHook.Events.Where(e => e.EndsWith(key, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Hooks_from_the_factory_are_not_disposed_because_their_container_owns_them()
    {
        var key = Guid.NewGuid().ToString();
        var integration = Integration(Hook<DisposableHook>());

        await IntegrationAlerts.RaiseAsync(integration, new InvalidOperationException(key), 1, false, _ => new DisposableHook());

        Assert.Equal(new[] { "told " + key }, DisposableHook.Events.Where(e => e.EndsWith(key, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failing_hook_does_not_stop_the_others_and_is_reported_not_thrown()
    {
        var log = new List<string>();
        var integration = Integration(Hook<ThrowingHook>(), Hook<FaultingHook>(), Hook<FirstHook>());

        var result = await IntegrationAlerts.RaiseAsync(integration, Boom, 1, false,
            type => type == typeof(FirstHook) ? new RecordingHook("FirstHook", log) : null);

        Assert.False(result.Succeeded);
        Assert.Single(log);
        Assert.Equal(new[] { typeof(FirstHook) }, result.Notified.Select(h => h.HookType));
        Assert.Equal(new[] { typeof(ThrowingHook), typeof(FaultingHook) }, result.Errors.Select(e => e.Hook.HookType));
        Assert.Equal("thrown", result.Errors[0].Exception.Message);
        Assert.Equal("faulted", result.Errors[1].Exception.Message);

        var aggregate = Assert.Throws<AggregateException>(result.ThrowIfFailed);
        Assert.Equal(2, aggregate.InnerExceptions.Count);
        Assert.Contains("shop-orders-to-erp", aggregate.Message);
    }

    [Fact]
    public async Task Hooks_that_cannot_be_created_are_reported_with_the_reason()
    {
        var integration = Integration(
            new AlertHookDescriptor("Contoso.Hidden.PrivateHook", null, AlertAudience.Technical),
            Hook<NeedsServicesHook>(),
            Hook<ConstructorThrowsHook>(),
            new AlertHookDescriptor(typeof(string).FullName!, typeof(string), AlertAudience.Technical));

        var result = await IntegrationAlerts.RaiseAsync(integration, Boom, 1, false);

        Assert.Empty(result.Notified);
        Assert.Collection(result.Errors,
            e => Assert.Contains("cannot name its type", e.Exception.Message),
            e => Assert.Contains("no public parameterless constructor", e.Exception.Message),
            e => Assert.Contains("missing configuration", e.Exception.Message),
            e => Assert.Contains("does not implement IIntegrationAlertHook", e.Exception.Message));
    }

    [Fact]
    public async Task An_integration_without_hooks_tells_nobody()
    {
        var result = await IntegrationAlerts.RaiseAsync(Integration(), Boom, 1, false);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Notified);
    }

    [Fact]
    public async Task Cancellation_stops_the_remaining_hooks_and_throws()
    {
        using var cancellation = new CancellationTokenSource();
        var log = new List<string>();
        var integration = Integration(Hook<FirstHook>(), Hook<SecondHook>());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => IntegrationAlerts.RaiseAsync(integration, Boom, 1, false, type =>
        {
            cancellation.Cancel(); // the first hook is being created when the caller gives up
            return new RecordingHook(type.Name, log, honourCancellation: true);
        }, cancellation.Token));

        Assert.Empty(log);
    }

    [Fact]
    public async Task A_hook_that_cancels_on_its_own_is_a_failure_not_a_cancellation()
    {
        var integration = Integration(Hook<SelfCancellingHook>());

        var result = await IntegrationAlerts.RaiseAsync(integration, Boom, 1, false);

        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Single(result.Errors).Exception);
    }

    [Fact]
    public async Task Arguments_are_checked()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => IntegrationAlerts.RaiseAsync(null!, Boom, 1, false));
        await Assert.ThrowsAsync<ArgumentNullException>(() => IntegrationAlerts.RaiseAsync(Integration(), null!, 1, false));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => IntegrationAlerts.RaiseAsync(Integration(), Boom, 0, false));
        await Assert.ThrowsAsync<ArgumentNullException>(() => IntegrationAlerts.RaiseAsync((IntegrationFailure)null!));
    }

    private static IntegrationDescriptor Integration(params AlertHookDescriptor[] hooks) => new(
        "shop-orders-to-erp",
        "Contoso.Integrations.WebShop.ShopOrderImport",
        source: "Shopify",
        target: "Business Central",
        ownerTeam: "erp-team",
        contact: "erp@contoso.example",
        onCall: "pagerduty:ERP",
        runbook: "https://wiki.contoso.example/runbooks/shop-orders",
        alertHooks: hooks);

    private static AlertHookDescriptor Hook<T>() => new(typeof(T).FullName!, typeof(T), AlertAudience.Technical);

    private sealed class RecordingHook(string name, List<string> log, bool honourCancellation = false) : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
        {
            if (honourCancellation) cancellationToken.ThrowIfCancellationRequested();
            var integration = failure.Integration;
            log.Add($"{name}: {integration.Name} {integration.OwnerTeam} {integration.Runbook} {failure.Attempt} {failure.WillRetry}");
            return Task.CompletedTask;
        }
    }

    public sealed class FirstHook : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => throw new InvalidOperationException("must come from the factory");
    }

    public sealed class SecondHook : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => throw new InvalidOperationException("must come from the factory");
    }

    public sealed class ThrowingHook : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => throw new InvalidOperationException("thrown");
    }

    public sealed class FaultingHook : IIntegrationAlertHook
    {
        public async Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("faulted");
        }
    }

    public sealed class SelfCancellingHook : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.FromCanceled(new CancellationToken(canceled: true));
    }

    public sealed class NeedsServicesHook(HttpClient client) : IIntegrationAlertHook
    {
        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => client.GetAsync("/", cancellationToken);
    }

    public sealed class ConstructorThrowsHook : IIntegrationAlertHook
    {
        public ConstructorThrowsHook() => throw new InvalidOperationException("missing configuration");

        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public sealed class DisposableHook : IIntegrationAlertHook, IDisposable
    {
        public static readonly ConcurrentQueue<string> Events = new();
        private string? _key;

        public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
        {
            _key = failure.Exception.Message;
            Events.Enqueue("told " + _key);
            return Task.CompletedTask;
        }

        public void Dispose() => Events.Enqueue("disposed " + _key);
    }
}
