using System;

namespace IntegrationContracts
{
    /// <summary>
    /// Names an <see cref="IIntegrationAlertHook"/> that is told when the integration fails.
    /// On an assembly it is the default for every integration in it. Repeat it for several audiences.
    /// </summary>
    /// <example>
    /// <code>[AlertHook(typeof(TeamsAlert), Audience = AlertAudience.Business)]</code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class AlertHookAttribute : Attribute
    {
        /// <summary>Declares an alert hook.</summary>
        /// <param name="hookType">A type that implements <see cref="IIntegrationAlertHook"/>.</param>
        public AlertHookAttribute(Type hookType) => HookType = hookType;

        /// <summary>The type that implements <see cref="IIntegrationAlertHook"/>.</summary>
        public Type HookType { get; }

        /// <summary>Who the hook reaches; <see cref="AlertAudience.Technical"/> unless set.</summary>
        public AlertAudience Audience { get; set; } = AlertAudience.Technical;
    }
}
