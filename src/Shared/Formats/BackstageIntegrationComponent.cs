using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationContracts.Shared.Manifest;

namespace IntegrationContracts.Shared.Formats;

/// <summary>
/// One integration as a Backstage Component, written the same by the build's catalog and the landscape tool: the
/// annotations (declared values, carried objects, the readiness properties that fail as <c>missing</c>), the on-call
/// annotation Backstage's plugins read, the <c>integration</c> and <c>not-ready</c> tags, links to the runbook and the
/// owner's mailbox, and the relations. Only where the two outputs differ is a parameter: the landscape defines the
/// process Systems, a build's catalog does not.
/// </summary>
internal static class BackstageIntegrationComponent
{
    private const string AnnotationPrefix = "integration-contracts/";

    /// <param name="name">The Component's name (<see cref="BackstageNames.Component"/>, made unique by the caller).</param>
    /// <param name="service">The service Component's name it is a subcomponent of.</param>
    /// <param name="system">The process's System name, where the output defines Systems (the landscape); null in a build's catalog.</param>
    public static void Write(YamlLines yaml, ManifestIntegration integration, string name, string service, string lifecycle, string? system)
    {
        var owner = integration.Owner;
        yaml.StartDocument();
        yaml.Scalar(0, "apiVersion", "backstage.io/v1alpha1");
        yaml.Scalar(0, "kind", "Component");
        yaml.Key(0, "metadata");
        yaml.Scalar(1, "name", name);
        yaml.Scalar(1, "title", integration.Name);
        yaml.Scalar(1, "description", integration.Description
            ?? (integration.Source ?? "(source not declared)") + " to " + (integration.Target ?? "(target not declared)"));

        yaml.Key(1, "annotations");
        yaml.Scalar(2, AnnotationPrefix + "integration", integration.Name);
        yaml.Scalar(2, AnnotationPrefix + "type", integration.MemberName is null ? integration.TypeName : integration.TypeName + "." + integration.MemberName);
        OptionalScalar(yaml, 2, AnnotationPrefix + "source", integration.Source);
        OptionalScalar(yaml, 2, AnnotationPrefix + "target", integration.Target);
        OptionalScalar(yaml, 2, AnnotationPrefix + "process", integration.Process);
        OptionalScalar(yaml, 2, AnnotationPrefix + "contact", owner?.Contact);
        OptionalScalar(yaml, 2, AnnotationPrefix + "on-call", owner?.OnCall);
        OptionalScalar(yaml, 2, AnnotationPrefix + "runbook", owner?.Runbook);
        if (integration.Objects.Count > 0)
        {
            yaml.Scalar(2, AnnotationPrefix + "objects", string.Join(", ", integration.Objects.Select(carried =>
                carried.Type + " (master: " + (carried.SourceOfTruth ?? "none") + ")")));
        }

        var missing = integration.Readiness.Where(verdict => !verdict.Holds).Select(verdict => verdict.Key).ToList();
        if (missing.Count > 0)
        {
            yaml.Scalar(2, AnnotationPrefix + "missing", string.Join(", ", missing));
        }

        if (OnCallAnnotation(owner?.OnCall) is { } onCall)
        {
            yaml.Scalar(2, onCall.Key, onCall.Value);
        }

        yaml.Key(1, "tags");
        yaml.Item(2, "integration");
        if (missing.Count > 0)
        {
            yaml.Item(2, "not-ready");
        }

        var links = Links(owner).ToList();
        if (links.Count > 0)
        {
            yaml.Key(1, "links");
            foreach (var (url, title, icon) in links)
            {
                yaml.Scalar(2, "- url", url);
                yaml.Scalar(3, "title", title);
                yaml.Scalar(3, "icon", icon);
            }
        }

        yaml.Key(0, "spec");
        yaml.Scalar(1, "type", "integration");
        yaml.Scalar(1, "lifecycle", lifecycle);
        yaml.Scalar(1, "owner", "group:default/" + BackstageNames.Team(owner?.Team));
        if (system is not null)
        {
            yaml.Scalar(1, "system", system);
        }

        yaml.Scalar(1, "subcomponentOf", "component:default/" + service);
    }

    private static void OptionalScalar(YamlLines yaml, int depth, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            yaml.Scalar(depth, key, value!);
        }
    }

    private static IEnumerable<(string Url, string Title, string Icon)> Links(ManifestOwner? owner)
    {
        if (WebUrls.TryParse(owner?.Runbook, out var uri))
        {
            yield return (uri.AbsoluteUri, "Runbook", "docs");
        }

        if (owner?.Contact is { } contact && Emails.IsAddress(contact))
        {
            yield return ("mailto:" + contact, "Contact " + (owner.Team?.Trim() ?? "owner"), "email");
        }
    }

    /// <summary>
    /// The annotation Backstage's on-call plugins read, when the on-call value names one:
    /// <c>pagerduty:ERP</c> → <c>pagerduty.com/service-id: ERP</c>, <c>opsgenie:erp-team</c> → <c>opsgenie.com/team: erp-team</c>.
    /// </summary>
    public static KeyValuePair<string, string>? OnCallAnnotation(string? onCall)
    {
        var colon = onCall?.IndexOf(':') ?? -1;
        if (colon <= 0)
        {
            return null;
        }

        var provider = onCall!.Substring(0, colon).Trim();
        var value = onCall.Substring(colon + 1).Trim();
        if (value.Length == 0)
        {
            return null;
        }

        if (provider.Equals("pagerduty", StringComparison.OrdinalIgnoreCase))
        {
            return new KeyValuePair<string, string>("pagerduty.com/service-id", value);
        }

        if (provider.Equals("opsgenie", StringComparison.OrdinalIgnoreCase))
        {
            return new KeyValuePair<string, string>("opsgenie.com/team", value);
        }

        return null;
    }
}
