using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Integrations.Alerting;

/// <summary>
/// Technical alert for the owning team's Teams channel: every failed attempt, with the owner, on-call and runbook
/// taken from the integration's contract, so whoever reads it knows whose problem it is and where to start.
/// </summary>
/// <remarks>
/// It writes the message to a <see cref="TextWriter"/> (standard error by default) that the host's log shipper
/// forwards to the channel's incoming webhook. Posting from here would make the alert depend on the same network
/// path that may have just failed the integration.
/// </remarks>
public sealed class TeamsChannelAlert : IIntegrationAlertHook
{
    private readonly TextWriter _output;

    /// <summary>Writes alerts to standard error.</summary>
    public TeamsChannelAlert()
        : this(Console.Error)
    {
    }

    /// <summary>Writes alerts to <paramref name="output"/>.</summary>
    /// <param name="output">Where the formatted alert goes.</param>
    public TeamsChannelAlert(TextWriter output) =>
        _output = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc />
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return _output.WriteLineAsync(Format(failure).AsMemory(), cancellationToken);
    }

    /// <summary>Formats the channel message for a failed attempt.</summary>
    /// <param name="failure">The failed attempt.</param>
    /// <returns>The message text, in Teams-flavoured Markdown.</returns>
    public static string Format(IntegrationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        IntegrationDescriptor integration = failure.Integration;

        // A retried attempt is a heads-up; a final one means data is stuck until a person acts.
        string severity = failure.WillRetry ? "WARNING" : "FAILED";
        string outcome = failure.WillRetry ? "will retry" : "no retries left";

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"**[{severity}] {integration.Name}**");
        message.Append(CultureInfo.InvariantCulture, $" ({integration.Source ?? "?"} -> {integration.Target ?? "?"})").AppendLine();
        message.Append(CultureInfo.InvariantCulture, $"Attempt {failure.Attempt}, {outcome}: {failure.Exception.GetType().Name}: {failure.Exception.Message}").AppendLine();
        message.Append(CultureInfo.InvariantCulture, $"Owner: {integration.OwnerTeam ?? "UNOWNED"}");
        if (integration.Contact is not null) message.Append(CultureInfo.InvariantCulture, $" | Contact: {integration.Contact}");
        if (integration.OnCall is not null) message.Append(CultureInfo.InvariantCulture, $" | On-call: {integration.OnCall}");
        message.AppendLine();
        if (integration.Runbook is not null) message.Append(CultureInfo.InvariantCulture, $"Runbook: {integration.Runbook}").AppendLine();
        if (!failure.WillRetry && integration.Retry?.DeadLetter is { } deadLetter)
        {
            message.Append(CultureInfo.InvariantCulture, $"Dead letter: {deadLetter}").AppendLine();
        }

        return message.ToString();
    }
}
