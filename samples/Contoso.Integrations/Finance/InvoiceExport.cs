using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contoso.Integrations.Alerting;
using Contoso.Integrations.Domain;
using IntegrationContracts;

namespace Contoso.Integrations.Finance;

/// <summary>Writes posted ERP invoices as a CSV batch into the accounting system's SFTP import folder.</summary>
public sealed class InvoiceExport
{
    private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly string _dropFolder;

    /// <summary>Creates the export.</summary>
    /// <param name="dropFolder">The local mount of the SFTP folder the accounting system imports from.</param>
    public InvoiceExport(string dropFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dropFolder);
        _dropFolder = dropFolder;
    }

    /// <summary>Writes one day's posted invoices as <c>invoices-yyyyMMdd.csv</c>.</summary>
    /// <param name="invoices">The invoices posted on <paramref name="postingDate"/>.</param>
    /// <param name="postingDate">The day the batch covers.</param>
    /// <param name="cancellationToken">Cancels the export; the importer never sees a half-written file.</param>
    /// <returns>The full path of the file written.</returns>
    [Integration("erp-invoices-to-accounting", Source = "Business Central", Target = "Sage 50", Process = "Invoicing",
                 Objects = new[] { typeof(Invoice) },
                 Description = "Nightly CSV batch of the day's posted sales invoices, picked up by Sage 50 from the SFTP import folder.")]
    [IntegrationOwner("finance-systems", Contact = "finance-systems@contoso.example", Runbook = "docs/runbooks/invoice-export.md")]
    [RetryPolicy(3, Backoff = RetryBackoff.Fixed, DeadLetter = "sftp://files.contoso.example/accounting/failed")]
    [AlertHook(typeof(TeamsChannelAlert))]
    public async Task<string> ExportAsync(IReadOnlyCollection<Invoice> invoices, DateOnly postingDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        string fileName = "invoices-" + postingDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv";
        string finalPath = Path.Combine(_dropFolder, fileName);
        string partialPath = finalPath + ".partial";

        // Write under a name the importer ignores, then rename: it polls the folder and would read a half-written file.
        await using (var writer = new StreamWriter(partialPath, append: false, Utf8WithoutBom))
        {
            await writer.WriteLineAsync("InvoiceNo;CustomerNo;OrderNo;PostingDate;DueDate;Currency;AmountExclVat;VatAmount".AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (Invoice invoice in invoices)
            {
                string line = string.Join(';',
                    Field(invoice.InvoiceNo), Field(invoice.CustomerNo), Field(invoice.OrderNo ?? string.Empty),
                    invoice.PostingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    invoice.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Field(invoice.Currency),
                    invoice.AmountExclVat.ToString("0.00", CultureInfo.InvariantCulture),
                    invoice.VatAmount.ToString("0.00", CultureInfo.InvariantCulture));
                await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        // Overwrite so a retried run replaces its own earlier batch; Sage 50 skips invoice numbers it already booked.
        File.Move(partialPath, finalPath, overwrite: true);
        return finalPath;
    }

    // Customer and order numbers are free text in the ERP and may contain the separator or quotes.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
