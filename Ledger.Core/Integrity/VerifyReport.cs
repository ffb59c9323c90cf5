namespace Ledger.Core.Integrity;

/// <summary>What verify checked and found intact.</summary>
public sealed record VerifyReport(int Books, int VouchersSealed, IReadOnlyDictionary<string, string> ChainHeads);
