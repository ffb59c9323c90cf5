namespace Ledger.Cli.Hosting;

/// <summary>The command line itself is wrong: a bad option value, a missing file. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
