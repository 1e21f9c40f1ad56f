using System;

namespace IntegrationContracts
{
    /// <summary>One alert hook of an integration, as declared by <see cref="AlertHookAttribute"/>.</summary>
    public sealed class AlertHookDescriptor
    {
        /// <summary>Describes an alert hook.</summary>
        /// <param name="hookTypeName">The hook type's full name.</param>
        /// <param name="hookType">The hook type, or <see langword="null"/> when generated code cannot name it (a private nested type).</param>
        /// <param name="audience">Who the hook reaches.</param>
        public AlertHookDescriptor(string hookTypeName, Type? hookType, AlertAudience audience)
        {
            HookTypeName = hookTypeName ?? throw new ArgumentNullException(nameof(hookTypeName));
            HookType = hookType;
            Audience = audience;
        }

        /// <summary>The hook type's full name.</summary>
        public string HookTypeName { get; }

        /// <summary>The hook type, or <see langword="null"/> when generated code cannot name it (a private nested type).</summary>
        public Type? HookType { get; }

        /// <summary>Who the hook reaches.</summary>
        public AlertAudience Audience { get; }
    }
}
