namespace Ledger.Tests.Support;

/// <summary>What one vledger command returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
