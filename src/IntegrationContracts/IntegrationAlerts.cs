using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace IntegrationContracts
{
    /// <summary>
    /// Tells an integration's alert hooks (its <see cref="AlertHookAttribute"/>s) that it failed, with an
    /// <see cref="IntegrationFailure"/> that carries the integration's descriptor, so every alert can say who owns the
    /// integration, how to reach them and where the runbook is.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Take the descriptor from the generated <c>IntegrationManifest</c> (<c>FindByName</c> or <c>FindByType</c>).
    /// Hooks are created by <c>hookFactory</c> when it returns one (resolve them from your DI container there), and
    /// otherwise through their public parameterless constructor; hooks created that way are disposed after use.
    /// </para>
    /// <para>
    /// Hooks run one after another, in the order they are declared. A hook that cannot be created or that throws does
    /// not stop the others, and <c>RaiseAsync</c> does not throw for it: it is usually called from the catch block of
    /// the failed integration, where a second exception would hide the first. Its error is in
    /// <see cref="IntegrationAlertResult.Errors"/>; log it, or call <see cref="IntegrationAlertResult.ThrowIfFailed"/>.
    /// Cancellation is the exception: when <c>cancellationToken</c> is cancelled, the remaining hooks are skipped and
    /// an <see cref="OperationCanceledException"/> is thrown.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// catch (Exception exception)
    /// {
    ///     var result = await IntegrationAlerts.RaiseAsync(IntegrationManifest.FindByName("shop-orders-to-erp")!, exception,
    ///         attempt, willRetry: attempt &lt; maxAttempts, type => (IIntegrationAlertHook?)services.GetService(type));
    ///     foreach (var error in result.Errors) logger.LogError(error.Exception, "Alert hook {Hook} failed", error.Hook.HookTypeName);
    ///     throw;
    /// }
    /// </code>
    /// </example>
    public static class IntegrationAlerts
    {
        /// <summary>Raises a failed attempt of <paramref name="integration"/> to its alert hooks.</summary>
        /// <param name="integration">The failed integration's descriptor, from the generated <c>IntegrationManifest</c>.</param>
        /// <param name="exception">What went wrong.</param>
        /// <param name="attempt">The number of the failed attempt, starting at 1.</param>
        /// <param name="willRetry">Whether another attempt follows; <see langword="false"/> means the failure is final.</param>
        /// <param name="hookFactory">Creates a hook of the given type (for example from a DI container); returning <see langword="null"/> falls back to the hook's public parameterless constructor.</param>
        /// <param name="cancellationToken">Cancels the remaining notifications.</param>
        /// <returns>Which hooks were told and which failed.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="integration"/> or <paramref name="exception"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempt"/> is less than 1.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static Task<IntegrationAlertResult> RaiseAsync(
            IntegrationDescriptor integration,
            Exception exception,
            int attempt,
            bool willRetry,
            Func<Type, IIntegrationAlertHook?>? hookFactory = null,
            CancellationToken cancellationToken = default) =>
            RaiseAsync(new IntegrationFailure(integration, exception, attempt, willRetry), hookFactory, cancellationToken);

        /// <summary>Raises <paramref name="failure"/> to the alert hooks of its integration.</summary>
        /// <param name="failure">The failed attempt, with the integration's descriptor.</param>
        /// <param name="hookFactory">Creates a hook of the given type (for example from a DI container); returning <see langword="null"/> falls back to the hook's public parameterless constructor.</param>
        /// <param name="cancellationToken">Cancels the remaining notifications.</param>
        /// <returns>Which hooks were told and which failed.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <see langword="null"/>.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static async Task<IntegrationAlertResult> RaiseAsync(
            IntegrationFailure failure,
            Func<Type, IIntegrationAlertHook?>? hookFactory = null,
            CancellationToken cancellationToken = default)
        {
            if (failure is null) throw new ArgumentNullException(nameof(failure));

            var notified = new List<AlertHookDescriptor>();
            var errors = new List<AlertHookError>();
            foreach (var hook in failure.Integration.AlertHooks)
            {
                cancellationToken.ThrowIfCancellationRequested();

                IIntegrationAlertHook instance;
                bool createdHere;
                try
                {
                    (instance, createdHere) = Create(hook, hookFactory);
                }
                catch (Exception exception)
                {
                    errors.Add(new AlertHookError(hook, exception));
                    continue;
                }

                try
                {
                    await instance.OnFailureAsync(failure, cancellationToken).ConfigureAwait(false);
                    notified.Add(hook);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    DisposeIfCreatedHere(instance, createdHere, hook, errors);
                    throw;
                }
                catch (Exception exception)
                {
                    errors.Add(new AlertHookError(hook, exception));
                }

                DisposeIfCreatedHere(instance, createdHere, hook, errors);
            }

            return new IntegrationAlertResult(failure, notified, errors);
        }

        private static (IIntegrationAlertHook Hook, bool CreatedHere) Create(AlertHookDescriptor hook, Func<Type, IIntegrationAlertHook?>? hookFactory)
        {
            var type = hook.HookType ?? throw new InvalidOperationException(
                $"The alert hook '{hook.HookTypeName}' cannot be created: the generated manifest cannot name its type (a private or protected nested type). Make the type internal or public.");

            if (hookFactory?.Invoke(type) is { } fromFactory)
            {
                return (fromFactory, false);
            }

            if (!typeof(IIntegrationAlertHook).IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"The alert hook '{type.FullName}' does not implement {nameof(IIntegrationAlertHook)}.");
            }

            var constructor = type.IsAbstract || type.ContainsGenericParameters ? null : type.GetConstructor(Type.EmptyTypes);
            if (constructor is null || !constructor.IsPublic)
            {
                throw new InvalidOperationException(
                    $"The alert hook '{type.FullName}' has no public parameterless constructor, and no hook factory created it. Pass a hookFactory that creates it (for example from your DI container).");
            }

            try
            {
                return ((IIntegrationAlertHook)constructor.Invoke(null), true);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw new InvalidOperationException($"The alert hook '{type.FullName}' could not be created: {exception.InnerException.Message}", exception.InnerException);
            }
        }

        private static void DisposeIfCreatedHere(IIntegrationAlertHook instance, bool createdHere, AlertHookDescriptor hook, List<AlertHookError> errors)
        {
            // A hook from the factory belongs to whoever made it (a DI container disposes its own).
            if (!createdHere || instance is not IDisposable disposable)
            {
                return;
            }

            try
            {
                disposable.Dispose();
            }
            catch (Exception exception)
            {
                errors.Add(new AlertHookError(hook, exception));
            }
        }
    }
}
