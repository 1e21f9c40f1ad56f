using System;

namespace IntegrationContracts.Hosting;

/// <summary>Where <see cref="WebhookAlertHook"/> posts its card, and in which shape.</summary>
public sealed class WebhookAlertOptions
{
    /// <summary>The webhook's address (a Teams or Slack incoming webhook, or any endpoint that takes JSON). Required.</summary>
    public Uri? Url { get; set; }

    /// <summary>The card's shape. Default <see cref="WebhookCardFormat.Generic"/>.</summary>
    public WebhookCardFormat Format { get; set; } = WebhookCardFormat.Generic;

    /// <summary>How long one post may take. Default 5 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>The JSON shape <see cref="WebhookAlertHook"/> posts.</summary>
public enum WebhookCardFormat
{
    /// <summary>A flat JSON object: integration, owner, contact, onCall, runbook, error, attempt, deadLetter, text.</summary>
    Generic,

    /// <summary>A Microsoft Teams message with an Adaptive Card.</summary>
    Teams,

    /// <summary>A Slack message (<c>text</c> and blocks).</summary>
    Slack,
}
