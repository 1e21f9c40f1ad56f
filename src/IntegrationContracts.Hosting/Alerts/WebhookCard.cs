using System.Text.Json.Nodes;

namespace IntegrationContracts.Hosting;

/// <summary>The JSON a <see cref="WebhookAlertHook"/> posts: the same facts in the shape each receiver reads.</summary>
internal static class WebhookCard
{
    public static JsonObject For(IntegrationFailure failure, WebhookCardFormat format)
    {
        var integration = failure.Integration;
        var owner = integration.OwnerTeam ?? IntegrationTags.Unowned;
        var title = $"Integration {integration.Name} gave up after attempt {failure.Attempt}";
        var facts = new (string Name, string? Value)[]
        {
            ("Owner", owner),
            ("Contact", integration.Contact),
            ("On call", integration.OnCall),
            ("Runbook", integration.Runbook),
            ("Process", integration.Process),
            ("Flow", integration.Source is null && integration.Target is null ? null : $"{integration.Source ?? "?"} → {integration.Target ?? "?"}"),
            ("Dead letter", integration.Retry?.DeadLetter),
            ("Error", failure.Exception.Message),
        };

        return format switch
        {
            WebhookCardFormat.Teams => Teams(title, facts),
            WebhookCardFormat.Slack => Slack(title, facts),
            _ => Generic(failure, title, owner),
        };
    }

    private static JsonObject Generic(IntegrationFailure failure, string title, string owner) => new()
    {
        ["text"] = title,
        ["integration"] = failure.Integration.Name,
        ["owner"] = owner,
        ["contact"] = failure.Integration.Contact,
        ["onCall"] = failure.Integration.OnCall,
        ["runbook"] = failure.Integration.Runbook,
        ["process"] = failure.Integration.Process,
        ["source"] = failure.Integration.Source,
        ["target"] = failure.Integration.Target,
        ["deadLetter"] = failure.Integration.Retry?.DeadLetter,
        ["attempt"] = failure.Attempt,
        ["error"] = failure.Exception.Message,
    };

    private static JsonObject Teams(string title, (string Name, string? Value)[] facts)
    {
        var factSet = new JsonArray();
        foreach (var (name, value) in facts)
        {
            if (value is not null)
            {
                factSet.Add(new JsonObject { ["title"] = name, ["value"] = value });
            }
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = new JsonObject
                {
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.4",
                    ["body"] = new JsonArray(
                        new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder", ["wrap"] = true },
                        new JsonObject { ["type"] = "FactSet", ["facts"] = factSet }),
                },
            }),
        };
    }

    private static JsonObject Slack(string title, (string Name, string? Value)[] facts)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var (name, value) in facts)
        {
            if (value is not null)
            {
                lines.Append('*').Append(name).Append(":* ").Append(value).Append('\n');
            }
        }

        return new JsonObject
        {
            ["text"] = title,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = title } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = lines.ToString().TrimEnd('\n') } }),
        };
    }
}
