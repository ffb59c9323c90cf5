namespace Ledger.Cli.Hosting;

/// <summary>The exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Done = 0;

    /// <summary>Refused by a rule: unbalanced, not permitted, period closed, import rejected.</summary>
    public const int Refused = 1;

    /// <summary>Usage: unknown option, missing argument, unreadable or missing file.</summary>
    public const int Usage = 2;

    /// <summary>A bug in vledger (EX_SOFTWARE).</summary>
    public const int Bug = 70;
}
