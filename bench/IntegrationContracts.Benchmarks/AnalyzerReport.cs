namespace IntegrationContracts.Benchmarks;

/// <summary>
/// Reads the compiler's -p:ReportAnalyzer=true report out of a detailed build log (csc prints it; MSBuild shows it at
/// -v:d and above). It has an analyzer and a generator section, each a table of assembly rows ("…, Version=…") with one
/// indented row per analyzer or generator under them.
/// </summary>
public static class AnalyzerReport
{
    /// <summary>Both totals, the table headers, and the rows of IntegrationContracts assemblies with their analyzers and generator.</summary>
    public static IReadOnlyList<string> IntegrationContractsRows(string log)
    {
        var rows = new List<string>();
        var indent = 0;
        var inIntegrationContracts = false;
        foreach (var line in log.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var text = line.TrimStart();
            if (text.StartsWith("Total analyzer execution time", StringComparison.Ordinal) ||
                text.StartsWith("Total generator execution time", StringComparison.Ordinal))
            {
                // MSBuild indents the compiler's output; the report's own indentation (rows under assemblies) is kept.
                indent = line.Length - text.Length;
                inIntegrationContracts = false;
                rows.Add(text);
            }
            else if (text.StartsWith("Time (s)", StringComparison.Ordinal))
            {
                rows.Add(Unindent(line, indent));
            }
            else if (IsRow(text))
            {
                if (text.Contains(", Version=", StringComparison.Ordinal))
                {
                    inIntegrationContracts = text.Contains("IntegrationContracts", StringComparison.Ordinal);
                }

                if (inIntegrationContracts)
                {
                    rows.Add(Unindent(line, indent));
                }
            }
            else
            {
                inIntegrationContracts = false;
            }
        }

        return rows;
    }

    /// <summary>A table row: a time ("0.073", "&lt;0.001", or "0,073" in some cultures), then a percentage.</summary>
    private static bool IsRow(string text)
    {
        var fields = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 3 && IsNumber(fields[0]) && IsNumber(fields[1]);
    }

    private static bool IsNumber(string field) => field.TrimStart('<').Length > 0 && field.TrimStart('<').All(c => char.IsDigit(c) || c is '.' or ',');

    private static string Unindent(string line, int indent) => line[Math.Min(indent, line.Length - line.TrimStart().Length)..];
}
