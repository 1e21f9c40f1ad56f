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
        MissingRetryPolicyTitle,
        MissingRetryPolicyMessage,
        MissingRetryPolicyDescription);

    /// <summary>
    /// IC0002 for an integration of a library whose calls go through an HttpClient: the application that loads the
    /// library may give every HttpClient a retrying handler, which this build cannot see. Same rule, same verdict; the
    /// message says how the host's retry is declared and confirmed.
    /// </summary>
    public static readonly DiagnosticDescriptor MissingRetryPolicyInLibrary = Create(
        RuleIdentifiers.MissingRetryPolicy,
        MissingRetryPolicyTitle,
        "Integration '{0}' has no retry policy in this library: no [RetryPolicy] or [NoRetry], no Polly retry, and no resilience handler on its HttpClient here. A host that loads this library may add one to every HttpClient (ConfigureHttpClientDefaults, AddServiceDefaults), which this build cannot see; the landscape confirms it from the host's manifest. Declare it: [RetryPolicy] matching the host's handler, [NoRetry(\"why\")], or a resilience handler on its registration here.",
        MissingRetryPolicyDescription);

    public static readonly DiagnosticDescriptor MissingAlertHook = Create(
        RuleIdentifiers.MissingAlertHook,
        "Integration has no alert hook",
        "Integration '{0}' has no alert hook: its failures stay silent until a customer complains. Add [AlertHook(typeof(...))] to it, its type or the assembly.",
        "Every integration needs an alert hook, declared with [AlertHook] on the integration, its containing type or the assembly.");

    public static readonly DiagnosticDescriptor OwnerWithoutSupportPath = Create(
        RuleIdentifiers.OwnerWithoutSupportPath,
        "Owner has no support path",
        "Owner '{0}' has no support path: when the integration fails, nobody knows how to reach the team. Set Contact, OnCall or Runbook, or give the team one in integration-owners.json.",
        "An owner needs a way to be reached: a contact, an on-call rotation or a runbook, on the attribute or in the owners registry.");

    public static readonly DiagnosticDescriptor InvalidContractValue = Create(
        RuleIdentifiers.InvalidContractValue,
        "Contract value is invalid",
        "{0}",
        "A contract attribute has a value that cannot work: an empty name, team or system, a runbook that is neither an absolute http(s) URL nor a repository-relative path, fewer than one attempt, or an empty justification.");

    public static readonly DiagnosticDescriptor DuplicateIntegrationName = Create(
        RuleIdentifiers.DuplicateIntegrationName,
        "Integration name is used twice",
        "Integration name '{0}' is used by {1} integrations in this project: manifests, alerts and lookups by name cannot tell them apart. Give each integration its own name.",
        "Integration names identify integrations in manifests, alerts and dashboards; each must be unique within a project (compared trimmed and case-insensitively).",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingSourceOfTruth = Create(
        RuleIdentifiers.MissingSourceOfTruth,
        "Carried object has no source of truth",
        "Integration '{0}' carries {1}, but no system is declared the source of truth for {1} in {2}: when two systems disagree, nobody knows which copy is right. Add [SourceOfTruth] to {1} or [assembly: SourceOfTruth(..., Object = typeof({1}))].",
        "Every canonical object an integration carries needs a declared master system for the integration's process (or for every process).");

    public static readonly DiagnosticDescriptor ConflictingSourceOfTruth = Create(
        RuleIdentifiers.ConflictingSourceOfTruth,
        "Two systems are declared the source of truth",
        "'{0}' is declared the source of truth for {1} in {2}, but so is {3}: sync jobs between them will overwrite each other's changes. Keep one master per object and process.",
        "Declarations for the same object and process must name the same system (compared trimmed and case-insensitively).",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor CopyFromNonMaster = Create(
        RuleIdentifiers.CopyFromNonMaster,
        "Integration copies an object from a system that is not its master",
        "Integration '{0}' moves {1} from '{2}', but '{3}' is the source of truth for {1} in {4}: it would overwrite the master's data with a copy. Take {1} from '{3}', or declare '{2}' its source of truth for that process.",
        "An integration that carries an object should take it from the object's source of truth for that process.");

    public static readonly DiagnosticDescriptor UnmarkedIntegration = Create(
        RuleIdentifiers.UnmarkedIntegration,
        "Type talks to an external system but is not marked [Integration]",
        "'{0}' {1} but is not marked [Integration]: nobody owns it, nobody is alerted when it fails, and the manifest does not list it. Mark it with [Integration(\"name\")].",
        "A type that talks to an external system (HTTP, message bus, SMTP, SFTP/FTP, SOAP/WCF, gRPC, cloud queues and storage) is integration code and should be declared with [Integration], so that it gets an owner, a retry policy and an alert hook and appears in the manifest.");

    public static readonly DiagnosticDescriptor SwallowedFailure = Create(
        RuleIdentifiers.SwallowedFailure,
        "Integration code swallows a failure",
        "This catch in integration '{0}' swallows the failure: it neither rethrows, logs at Warning or above, nor raises an alert, so nobody learns that the data did not arrive. Rethrow, log at Warning or above, or raise the integration's alert hooks.",
        "A catch block in integration code must rethrow, log at Warning, Error or Critical, or raise an alert through an alert hook.");

    public static readonly DiagnosticDescriptor OwnerNotInRegistry = Create(
        RuleIdentifiers.OwnerNotInRegistry,
        "Owner team is not in the owners registry",
        "Owner team '{0}' is not in integration-owners.json: a misspelt or disbanded team is never paged. Use a registered team or add it to the registry.",
        "When the project has an owners registry, every owner team must be listed in it (names compare trimmed and case-insensitively).");

    public static readonly DiagnosticDescriptor OnlyTechnicalAlerts = Create(
        RuleIdentifiers.OnlyTechnicalAlerts,
        "Business data alerts only technical audiences",
        "Integration '{0}' carries {1} but alerts only technical audiences: the business hears of a failed {1} from a customer. Add an [AlertHook] with Audience = AlertAudience.Business.",
        "An integration that moves business objects should alert the business users who can act on a failure, not only engineers.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor AlertHookNotImplemented = Create(
        RuleIdentifiers.AlertHookNotImplemented,
        "Alert hook type does not implement IIntegrationAlertHook",
        "Alert hook type '{0}' does not implement IIntegrationAlertHook: failures cannot be raised to it, so nobody is alerted. Implement IIntegrationAlertHook on '{0}' or name a type that does.",
        "The type named by [AlertHook] must implement IntegrationContracts.IIntegrationAlertHook.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableOwnersRegistry = Create(
        RuleIdentifiers.UnreadableOwnersRegistry,
        "Owners registry cannot be read",
        "integration-owners.json cannot be read: {0}. Fix the file; until then the owner rules run as if the project had no registry.",
        "The owners registry must be a JSON object with a \"teams\" array of objects that have a \"name\" and, optionally, \"contact\", \"onCall\" and \"runbook\" strings.");

    public static readonly DiagnosticDescriptor MisplacedOption = Create(
        RuleIdentifiers.MisplacedOption,
        "Option has no effect where it is set",
        "'{0}' is set in a section of an .editorconfig, but it is read once for the whole project, from a .globalconfig: here it has no effect. Move it to a .globalconfig file (is_global = true).",
        "Project-wide options (IC0010's client and ignore lists, IC0002's retrying calls) are read from the global options (a .globalconfig, or the project's MSBuild-generated global config); a value in a [*.cs] section of an .editorconfig is ignored.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnreadableReferencedManifest = Create(
        RuleIdentifiers.UnreadableReferencedManifest,
        "Referenced assembly's manifest cannot be read",
        "The IntegrationContracts manifest of referenced assembly '{0}' cannot be read: {1} Its exported facts are skipped, so calls through its types are judged as if it exported none. Use a build of '{0}' made with this version of IntegrationContracts.",
        "Each assembly built with IntegrationContracts exports what its dependents cannot see (which of its public types reach an integration, whether calls through them retry, the HttpClient defaults its methods apply). A manifest of another schema version, or one that is damaged, is skipped rather than misread.",
        DiagnosticSeverity.Info,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DeclaredRetryNotApplied = Create(
        RuleIdentifiers.DeclaredRetryNotApplied,
        "Declared retry is not applied",
        "Integration '{0}' declares [RetryPolicy({1})], but nothing in this project applies it: no contract pipeline (AddIntegrationContract(), IIntegrationPipelines.For<T>()) and no retry the analyzers recognise, so the declaration is only a claim. Use AddIntegrationContract() (IntegrationContracts.Hosting) or implement the retry it declares.",
        "A [RetryPolicy] documents how an integration retries; nothing enforces it. This rule finds declarations that no code in the project applies — the drift between what the contract says and what runs. The application that hosts a library may apply it there; then the library's report is expected.",
        DiagnosticSeverity.Info);

    private const string MissingRetryPolicyTitle = "Integration has no retry policy";
    private const string MissingRetryPolicyMessage = "Integration '{0}' has no retry policy: no [RetryPolicy] or [NoRetry], no Polly pipeline or policy in the type, and no resilience handler on its HttpClient or message-bus registration, so one transient error loses the data or retries forever. Add [RetryPolicy], [NoRetry(\"why\")], or a recognised resilience handler.";
    private const string MissingRetryPolicyDescription = "Every integration needs a declared failure-handling policy: [RetryPolicy] or [NoRetry] on the integration, its containing type or (for [RetryPolicy]) the assembly, or resilience code the analyzer recognises (Polly, Microsoft.Extensions.Http.Resilience, MassTransit, NServiceBus).";

    public static string HelpLink(string ruleId) => HelpLinkBase + ruleId + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string description,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        params string[] customTags) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
