using System;

namespace IntegrationContracts
{
    /// <summary>
    /// Names the team that owns an integration and how to reach it when the integration fails.
    /// On an assembly it is the default owner of every integration in that assembly; on a type it owns the
    /// integrations the type declares; on a method it owns that method's integration.
    /// </summary>
    /// <example>
    /// <code>
    /// [IntegrationOwner("erp-team", Contact = "erp@contoso.example", OnCall = "pagerduty:ERP",
    ///                   Runbook = "https://wiki.contoso.example/runbooks/shop-orders")]
    /// </code>
    /// </example>
    /// <remarks>
    /// The analyzers and the manifest read it from source. It is kept in the compiled assembly's metadata only when
    /// <c>INTEGRATION_CONTRACTS_OWNER_METADATA</c> is defined, which the package does unless the project sets
    /// <c>IntegrationContractsEmbedManifest</c> to <c>redacted</c> or <c>none</c>: then contacts, on-call handles and
    /// runbooks do not ship in the binary.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [System.Diagnostics.Conditional("INTEGRATION_CONTRACTS_OWNER_METADATA")]
    public sealed class IntegrationOwnerAttribute : Attribute
    {
        /// <summary>Declares the owning team.</summary>
        /// <param name="team">The team's name as the organisation uses it, e.g. <c>erp-team</c>.</param>
        public IntegrationOwnerAttribute(string team) => Team = team;

        /// <summary>The owning team, e.g. <c>erp-team</c>.</summary>
        public string Team { get; }

        /// <summary>How to reach the team during working hours: an e-mail address, a chat channel.</summary>
        public string? Contact { get; set; }

        /// <summary>Who is paged out of hours, e.g. <c>pagerduty:ERP</c> or <c>opsgenie:erp-team</c>.</summary>
        public string? OnCall { get; set; }

        /// <summary>Where the runbook lives: an absolute http(s) URL or a repository-relative path such as <c>docs/runbooks/orders.md</c>.</summary>
        public string? Runbook { get; set; }
    }
}
