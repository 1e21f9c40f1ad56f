namespace IntegrationContracts.RealCode.Labels;

/// <summary>Reads the label files: tab-separated, a header row, '#' comment lines and blank lines skipped.</summary>
internal static class Tsv
{
    public static IEnumerable<TsvRow> Read(string path, params string[] columns)
    {
        if (!File.Exists(path))
        {
            throw new LabelFileException($"{path}: file not found.");
        }

        var lines = File.ReadAllLines(path);
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                var missing = columns.Where(c => !header.Contains(c)).ToArray();
                if (missing.Length > 0)
                {
                    throw new LabelFileException($"{path}:{i + 1}: the header lacks column(s) {string.Join(", ", missing)}.");
                }

                continue;
            }

            if (cells.Length < header.Length)
            {
                throw new LabelFileException($"{path}:{i + 1}: {cells.Length} cells, the header has {header.Length} (cells are separated by tabs).");
            }

            yield return new TsvRow(path, i + 1, header, cells);
        }
    }
}

internal sealed class TsvRow(string path, int line, string[] header, string[] cells)
{
    public string Where => $"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}:{line}";

    public string this[string column] => cells[Array.IndexOf(header, column)].Trim();

    public bool YesNo(string column) => this[column] switch
    {
        "yes" => true,
        "no" => false,
        var other => throw new LabelFileException($"{Where}: {column} must be yes or no, not '{other}'."),
    };
}

internal sealed class LabelFileException(string message) : Exception(message);
