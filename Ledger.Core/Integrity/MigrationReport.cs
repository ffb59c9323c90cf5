namespace Ledger.Core.Integrity;

/// <summary>What <c>vledger migrate</c> copied and proved.</summary>
/// <param name="Tables">The tables copied.</param>
/// <param name="Rows">The rows copied, over every table.</param>
/// <param name="TrialBalancesCompared">Books times years whose trial balances were compared on both sides.</param>
/// <param name="Verified">The copy's own verify.</param>
public sealed record MigrationReport(string Target, int Tables, long Rows, int TrialBalancesCompared, VerifyReport Verified);
