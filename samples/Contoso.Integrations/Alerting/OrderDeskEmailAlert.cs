using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Integrations.Alerting;

/// <summary>
/// Business alert for the order desk: a plain-language e-mail saying which flow stopped, what it means for
/// customers and who is fixing it, so the desk can warn customers before they call.
/// </summary>
/// <remarks>
/// The message is written to a <see cref="TextWriter"/> in RFC 5322 form and picked up by the mail relay's
/// pickup directory; that keeps SMTP credentials out of the integration hosts.
/// </remarks>
public sealed class OrderDeskEmailAlert : IIntegrationAlertHook
{
    /// <summary>The order desk's shared mailbox.</summary>
    public const string DefaultRecipient = "orderdesk@contoso.example";

    private readonly TextWriter _output;
    private readonly string _recipient;

    /// <summary>Writes alerts for the order desk to standard output.</summary>
    public OrderDeskEmailAlert()
        : this(Console.Out, DefaultRecipient)
    {
    }

    /// <summary>Writes alerts for <paramref name="recipient"/> to <paramref name="output"/>.</summary>
    /// <param name="output">Where the formatted e-mail goes (a pickup-directory file, or a console).</param>
    /// <param name="recipient">The mailbox the e-mail is addressed to.</param>
    public OrderDeskEmailAlert(TextWriter output, string recipient)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        _recipient = recipient;
    }

    /// <inheritdoc />
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);

        // Transient failures heal themselves; mailing the desk about each retry would teach it to ignore the mails.
        if (failure.WillRetry) return Task.CompletedTask;

        return _output.WriteLineAsync(Format(failure, _recipient).AsMemory(), cancellationToken);
    }

    /// <summary>Formats the e-mail for a final failure.</summary>
    /// <param name="failure">The failed attempt.</param>
    /// <param name="recipient">The mailbox the e-mail is addressed to.</param>
    /// <returns>The e-mail, headers and plain-text body.</returns>
    public static string Format(IntegrationFailure failure, string recipient)
    {
        ArgumentNullException.ThrowIfNull(failure);
        IntegrationDescriptor integration = failure.Integration;
        string source = integration.Source ?? "the source system";
        string target = integration.Target ?? "the target system";
        string team = integration.OwnerTeam ?? "IT service desk";

        // No stack traces or exception types: the reader needs the business impact and a person to call.
        var mail = new StringBuilder();
        mail.Append(CultureInfo.InvariantCulture, $"To: {recipient}").AppendLine();
        mail.Append(CultureInfo.InvariantCulture, $"Subject: [Action needed] Data is not reaching {target} from {source}").AppendLine();
        mail.AppendLine("Content-Type: text/plain; charset=utf-8");
        mail.AppendLine();
        mail.Append(CultureInfo.InvariantCulture, $"The automatic transfer \"{integration.Name}\" from {source} to {target} has stopped.").AppendLine();
        if (integration.Description is not null) mail.AppendLine(integration.Description);
        mail.AppendLine();
        mail.Append(CultureInfo.InvariantCulture, $"Until it is fixed, records created in {source} may be missing in {target}.").AppendLine();
        mail.AppendLine("Please check urgent orders by hand and tell customers who ask that confirmations may be delayed.");
        mail.AppendLine();
        mail.Append(CultureInfo.InvariantCulture, $"The owning team ({team}) has been alerted");
        mail.Append(integration.Contact is null ? "." : string.Create(CultureInfo.InvariantCulture, $" and can be reached at {integration.Contact}.")).AppendLine();
        return mail.ToString();
    }
}
