namespace IntegrationContracts.Cli;

/// <summary>
/// How wide the <c>table</c> output may be. In a terminal, its width; when stdout is a file or a CI log, no wrapping
/// (a name cut across two lines cannot be searched for); <c>COLUMNS</c>, when set to a number, wins either way.
/// </summary>
internal static class ConsoleWidth
{
    /// <summary>Wide enough that no table of names wraps.</summary>
    public const int Unwrapped = 4096;

    /// <returns>The width to use, or <see langword="null"/> to keep the terminal's.</returns>
    public static int? For(bool outputRedirected, string? columns) =>
        int.TryParse(columns, out var width) && width > 0 ? width
        : outputRedirected ? Unwrapped
        : null;
}
