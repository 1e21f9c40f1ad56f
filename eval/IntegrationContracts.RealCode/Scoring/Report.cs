using System.Globalization;

namespace IntegrationContracts.RealCode.Scoring;

/// <summary>Prints precision and recall per rule, per application and over the whole set.</summary>
internal static class Report
{
    private static readonly (string Rule, string Cases, Func<AppResult, Confusion> Of)[] Rules =
    [
        ("IC0010", "classes", r => r.Discovery),
        ("IC0002", "integrations", r => r.Retry),
        ("IC0011", "catch clauses", r => r.Catches),
    ];

    public static void Print(IReadOnlyList<AppResult> results, TextWriter output, bool details)
    {
        foreach (var (rule, cases, of) in Rules)
        {
            output.WriteLine($"{rule} ({cases})");
            output.WriteLine($"  {"app",-34} {"cases",6} {"TP",5} {"FP",5} {"FN",5} {"TN",5} {"precision",10} {"recall",8}");
            var total = new Confusion();
            foreach (var result in results)
            {
                var confusion = of(result);
                total.AddAll(confusion);
                output.WriteLine(Row(result.App, confusion));
                if (details)
                {
                    foreach (var mistake in confusion.Mistakes)
                    {
                        output.WriteLine("      " + mistake);
                    }
                }
            }

            output.WriteLine(Row("all", total));
            output.WriteLine();
        }

        foreach (var result in results.Where(r => r.Notes.Count > 0))
        {
            output.WriteLine($"notes on {result.App}:");
            foreach (var note in result.Notes)
            {
                output.WriteLine("  " + note);
            }
        }
    }

    private static string Row(string app, Confusion c) =>
        $"  {app,-34} {c.TruePositives + c.FalsePositives + c.FalseNegatives + c.TrueNegatives,6} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5} {c.TrueNegatives,5} {Ratio(c.Precision),10} {Ratio(c.Recall),8}";

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
