using System;
using System.Collections.Generic;

namespace IntegrationContracts
{
    /// <summary>
    /// Everything the contract attributes say about one integration, resolved member → type → assembly.
    /// The generated <c>IntegrationManifest</c> class holds one per integration, so an alert raised at run
    /// time can say who owns the failed integration and where its runbook is.
    /// </summary>
    public sealed class IntegrationDescriptor
    {
        private static readonly string[] NoObjects = new string[0];
        private static readonly AlertHookDescriptor[] NoAlertHooks = new AlertHookDescriptor[0];

        /// <summary>Describes an integration. Generated code calls this; application code rarely needs to.</summary>
        /// <param name="name">The integration's unique name.</param>
        /// <param name="typeName">The full name of the type that declares the integration.</param>
        /// <param name="memberName">The method that is the integration, or <see langword="null"/> when the whole type is.</param>
        /// <param name="integrationType">The declaring type, or <see langword="null"/> when generated code cannot name it.</param>
        /// <param name="source">The system the data comes from.</param>
        /// <param name="target">The system the data goes to.</param>
        /// <param name="process">The business process the integration serves.</param>
        /// <param name="description">What moves, when and why.</param>
        /// <param name="objects">Full names of the canonical objects the integration carries.</param>
        /// <param name="ownerTeam">The owning team.</param>
        /// <param name="contact">How to reach the owning team.</param>
        /// <param name="onCall">Who is paged out of hours.</param>
        /// <param name="runbook">Where the runbook lives.</param>
        /// <param name="retry">The declared retry contract, if any.</param>
        /// <param name="alertHooks">The hooks told about failures.</param>
        public IntegrationDescriptor(
            string name,
            string typeName,
            string? memberName = null,
            Type? integrationType = null,
            string? source = null,
            string? target = null,
            string? process = null,
            string? description = null,
            IReadOnlyList<string>? objects = null,
            string? ownerTeam = null,
            string? contact = null,
            string? onCall = null,
            string? runbook = null,
            RetryDescriptor? retry = null,
            IReadOnlyList<AlertHookDescriptor>? alertHooks = null)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            MemberName = memberName;
            IntegrationType = integrationType;
            Source = source;
            Target = target;
            Process = process;
            Description = description;
            Objects = objects ?? NoObjects;
            OwnerTeam = ownerTeam;
            Contact = contact;
            OnCall = onCall;
            Runbook = runbook;
            Retry = retry;
            AlertHooks = alertHooks ?? NoAlertHooks;
        }

        /// <summary>The integration's unique name.</summary>
        public string Name { get; }

        /// <summary>The full name of the type that declares the integration.</summary>
        public string TypeName { get; }

        /// <summary>The method that is the integration, or <see langword="null"/> when the whole type is.</summary>
        public string? MemberName { get; }

        /// <summary>The declaring type, or <see langword="null"/> when generated code cannot name it (a private nested type).</summary>
        public Type? IntegrationType { get; }

        /// <summary>The system the data comes from.</summary>
        public string? Source { get; }

        /// <summary>The system the data goes to.</summary>
        public string? Target { get; }

        /// <summary>The business process the integration serves.</summary>
        public string? Process { get; }

        /// <summary>What moves, when and why.</summary>
        public string? Description { get; }

        /// <summary>Full names of the canonical objects the integration carries.</summary>
        public IReadOnlyList<string> Objects { get; }

        /// <summary>The owning team, or <see langword="null"/> when nobody owns the integration.</summary>
        public string? OwnerTeam { get; }

        /// <summary>How to reach the owning team.</summary>
        public string? Contact { get; }

        /// <summary>Who is paged out of hours.</summary>
        public string? OnCall { get; }

        /// <summary>Where the runbook lives.</summary>
        public string? Runbook { get; }

        /// <summary>The declared retry contract, or <see langword="null"/> when none is declared.</summary>
        public RetryDescriptor? Retry { get; }

        /// <summary>The hooks told about failures.</summary>
        public IReadOnlyList<AlertHookDescriptor> AlertHooks { get; }

        /// <inheritdoc />
        public override string ToString() => OwnerTeam is null ? Name : Name + " (owner: " + OwnerTeam + ")";
    }
}
