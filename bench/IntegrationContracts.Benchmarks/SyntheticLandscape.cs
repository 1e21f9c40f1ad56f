using System.Text;

namespace IntegrationContracts.Benchmarks;

/// <summary>
/// A synthetic integration codebase: N integrations of about 100 lines each (HTTP calls, mapping, error handling with
/// logging), canonical objects with sources of truth, assembly-level defaults — the shape the quality bar names —
/// and, for a realistic density, ordinary classes around them (<see cref="OrdinaryCode"/>: about 100 lines of
/// business logic each, no integration code), as most of a real solution is.
/// </summary>
public static class SyntheticLandscape
{
    public static IReadOnlyList<string> Generate(int integrations, int ordinaryClasses = 0)
    {
        var files = new List<string>
        {
            """
            using IntegrationContracts;
            [assembly: IntegrationOwner("platform-team", Contact = "platform@contoso.example")]
            [assembly: AlertHook(typeof(Contoso.Bench.OpsAlert))]
            namespace Contoso.Bench;
            public sealed class OpsAlert : IIntegrationAlertHook
            {
                public System.Threading.Tasks.Task OnFailureAsync(IntegrationFailure failure, System.Threading.CancellationToken ct) => System.Threading.Tasks.Task.CompletedTask;
            }
            public interface ILog { void Warn(string message, System.Exception ex); }
            """,
        };

        for (var i = 0; i < integrations; i++)
        {
            files.Add(Integration(i));
        }

        for (var i = 0; i < ordinaryClasses; i++)
        {
            files.Add(OrdinaryCode.Class(i));
        }

        return files;
    }

    public static int LineCount(IEnumerable<string> files) => files.Sum(f => f.Count(c => c == '\n') + 1);

    private static string Integration(int i)
    {
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;
            using IntegrationContracts;

            namespace Contoso.Bench.Area{{i % 20}};

            [SourceOfTruth("System{{i % 7}}")]
            [SourceOfTruth("System{{(i + 1) % 7}}", Process = "Process{{i % 5}}")]
            public sealed record Record{{i}}(string Id, string Name, decimal Amount, DateTime ChangedAt);

            [Integration("integration-{{i}}", Source = "System{{(i + 1) % 7}}", Target = "System{{(i + 2) % 7}}", Process = "Process{{i % 5}}",
                         Objects = new[] { typeof(Record{{i}}) }, Description = "Synthetic integration {{i}}")]
            [IntegrationOwner("team-{{i % 30}}", OnCall = "pagerduty:T{{i % 30}}")]
            [RetryPolicy(3, Backoff = RetryBackoff.Exponential, DeadLetter = "dlq-{{i}}")]
            public sealed class Sync{{i}}
            {
                private readonly HttpClient _http;
                private readonly ILog _log;

                public Sync{{i}}(HttpClient http, ILog log)
                {
                    _http = http;
                    _log = log;
                }

                public async Task<int> RunAsync(CancellationToken cancellationToken)
                {
                    var records = await LoadAsync(cancellationToken);
                    var sent = 0;
                    foreach (var record in records.Where(r => r.Amount > 0).OrderBy(r => r.ChangedAt))
                    {
                        try
                        {
                            using var content = new StringContent(Serialize(record));
                            using var response = await _http.PostAsync($"api/records/{record.Id}", content, cancellationToken);
                            response.EnsureSuccessStatusCode();
                            sent++;
                        }
                        catch (HttpRequestException ex)
                        {
                            _log.Warn($"Record {record.Id} was not sent", ex);
                            throw;
                        }
                    }

                    return sent;
                }

                private async Task<IReadOnlyList<Record{{i}}>> LoadAsync(CancellationToken cancellationToken)
                {
                    var body = await _http.GetStringAsync("api/records", cancellationToken);
                    var result = new List<Record{{i}}>();
                    foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = line.Split(';');
                        if (parts.Length < 4)
                        {
                            continue;
                        }

                        result.Add(new Record{{i}}(parts[0], parts[1], decimal.Parse(parts[2]), DateTime.Parse(parts[3])));
                    }

                    return result;
                }

                private static string Serialize(Record{{i}} record) =>
                    string.Join(";", record.Id, record.Name, record.Amount.ToString(), record.ChangedAt.ToString("O"));

                public static decimal Total(IEnumerable<Record{{i}}> records)
                {
                    var total = 0m;
                    foreach (var record in records)
                    {
                        total += record.Amount switch
                        {
                            < 0 => 0,
                            > 1_000_000 => 1_000_000,
                            _ => record.Amount,
                        };
                    }

                    return total;
                }

                public static string Describe(Record{{i}} record)
                {
                    var builder = new System.Text.StringBuilder();
                    builder.Append(record.Id).Append(' ').Append(record.Name);
                    if (record.Amount > 100)
                    {
                        builder.Append(" (large)");
                    }

                    return builder.ToString();
                }
            }

            """);
        return text.ToString();
    }
}
