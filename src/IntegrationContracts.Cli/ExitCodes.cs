namespace IntegrationContracts.Cli;

/// <summary>The tool's documented exit codes (README, docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and no gate failed.</summary>
    public const int Clean = 0;

    /// <summary>A <c>--fail-on</c> gate failed (or <c>baseline</c> found findings it was not asked to add).</summary>
    public const int GateFailed = 1;

    /// <summary>An input could not be read or the command line is wrong; the readable inputs were still reported.</summary>
    public const int BadInput = 2;
}
