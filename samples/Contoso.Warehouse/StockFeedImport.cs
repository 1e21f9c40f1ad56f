using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationContracts;

namespace Contoso.Warehouse;

/// <summary>Reads the 3PL's nightly stock file and hands each line to the ERP import.</summary>
[Integration("3pl-stock-to-erp", Source = "3PL Warehouse", Target = "Business Central", Process = "Fulfilment",
             Description = "Nightly stock-on-hand file from the 3PL's SFTP drop, imported into the ERP's item journal.")]
[IntegrationOwner("logistics-team", Contact = "logistics@contoso.example", OnCall = "opsgenie:logistics")]
[RetryPolicy(3, Backoff = RetryBackoff.Fixed, DeadLetter = "sftp://3pl.contoso.example/stock/rejected")]
[AlertHook(typeof(ConsoleAlert))]
public sealed class StockFeedImport
{
    private readonly string _dropFolder;

    /// <summary>Creates the import over the local mount of the 3PL's SFTP drop.</summary>
    /// <param name="dropFolder">The folder the 3PL writes <c>stock-*.csv</c> files to.</param>
    public StockFeedImport(string dropFolder) => _dropFolder = dropFolder ?? throw new ArgumentNullException(nameof(dropFolder));

    /// <summary>Returns the lines of the newest stock file, or none when the 3PL has not delivered yet.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The CSV lines without the header.</returns>
    public async Task<string[]> ReadLatestAsync(CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(_dropFolder, "stock-*.csv");
        if (files.Length == 0)
        {
            return Array.Empty<string>();
        }

        Array.Sort(files, StringComparer.Ordinal);
        var lines = await File.ReadAllLinesAsync(files[^1], cancellationToken).ConfigureAwait(false);
        return lines.Length <= 1 ? Array.Empty<string>() : lines[1..];
    }
}

/// <summary>Writes failures to the console, where the 3PL's operators watch the job log.</summary>
public sealed class ConsoleAlert : IIntegrationAlertHook
{
    /// <inheritdoc />
    public Task OnFailureAsync(IntegrationFailure failure, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"{failure.Integration.Name} failed (attempt {failure.Attempt}): {failure.Exception.Message}. Owner: {failure.Integration.OwnerTeam}, {failure.Integration.Contact}");
        return Task.CompletedTask;
    }
}
