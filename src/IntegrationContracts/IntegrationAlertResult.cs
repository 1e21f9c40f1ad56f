using System;
using System.Collections.Generic;
using System.Linq;

namespace IntegrationContracts
{
    /// <summary>What <see cref="IntegrationAlerts.RaiseAsync(IntegrationFailure, Func{Type, IIntegrationAlertHook}, System.Threading.CancellationToken)"/> did: the hooks it told and the hooks that failed.</summary>
    public sealed class IntegrationAlertResult
    {
        internal IntegrationAlertResult(IntegrationFailure failure, IReadOnlyList<AlertHookDescriptor> notified, IReadOnlyList<AlertHookError> errors)
        {
            Failure = failure;
            Notified = notified;
            Errors = errors;
        }

        /// <summary>The failure that was raised.</summary>
        public IntegrationFailure Failure { get; }

        /// <summary>The hooks that were told, in the order they ran.</summary>
        public IReadOnlyList<AlertHookDescriptor> Notified { get; }

        /// <summary>The hooks that could not be created or threw, with what went wrong; empty when every hook was told.</summary>
        public IReadOnlyList<AlertHookError> Errors { get; }

        /// <summary>Whether every hook was told. Also <see langword="true"/> when the integration has no hooks: check <see cref="Notified"/> for that.</summary>
        public bool Succeeded => Errors.Count == 0;

        /// <summary>Throws an <see cref="AggregateException"/> with every hook's error, when there are any.</summary>
        /// <exception cref="AggregateException">At least one hook failed.</exception>
        public void ThrowIfFailed()
        {
            if (!Succeeded)
            {
                throw new AggregateException(
                    $"{Errors.Count} alert hook(s) of integration '{Failure.Integration.Name}' failed: {string.Join(", ", Errors.Select(error => error.Hook.HookTypeName))}.",
                    Errors.Select(error => error.Exception));
            }
        }
    }
}
