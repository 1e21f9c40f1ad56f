using Microsoft.CodeAnalysis;

namespace IntegrationContracts.Analyzers.Rules;

/// <summary>Every diagnostic the package reports, made by one factory so ID, category and help link stay consistent.</summary>
internal static class RuleDescriptors
{
    public const string Category = "IntegrationContracts";

    /// <summary>Where the rule pages live; each rule's help link is this plus <c>ICxxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/integration-contracts/IntegrationContracts/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor MissingOwner = Create(
        RuleIdentifiers.MissingOwner,
        "Integration has no owner",
        "Integration '{0}' has no owner: when it fails, nobody is called and nobody knows who fixes it. Add [IntegrationOwner] to it, its type or the assembly.",
        "Every integration needs an owning team, declared with [IntegrationOwner] on the integration, its containing type or the assembly.");

    public static readonly DiagnosticDescriptor MissingRetryPolicy = Create(
        RuleIdentifiers.MissingRetryPolicy,
        "Integration has no retry policy",
        "Integration '{0}' has no retry policy: one transient error loses the data or retries forever. Add [RetryPolicy], or [NoRetry(\"why\")] when retrying is wrong here.",
        "Every integration needs a declared failure-handling policy: [RetryPolicy] or [NoRetry] on the integration, its containing type or (for [RetryPolicy]) the assembly.");

    public static readonly DiagnosticDescriptor MissingAlertHook = Create(
        RuleIdentifiers.MissingAlertHook,
        "Integration has no alert hook",
        "Integration '{0}' has no alert hook: its failures stay silent until a customer complains. Add [AlertHook(typeof(...))] to it, its type or the assembly.",
        "Every integration needs an alert hook, declared with [AlertHook] on the integration, its containing type or the assembly.");

    public static string HelpLink(string ruleId) => HelpLinkBase + ruleId + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string description,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink(id));
}
