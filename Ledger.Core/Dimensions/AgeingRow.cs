namespace Ledger.Core.Dimensions;

/// <summary>One counterparty's balance at a day, aged first in, first out.</summary>
/// <param name="Counterparty">Empty for the lines that name none.</param>
/// <param name="Balance">On the account's own side: what is owed to the village on 112 and 113, by it on 211.</param>
/// <param name="Overpaid">
/// The balance stands on the other side (paid back more than was owed): it is not aged and stands whole in the
/// first bucket, so that the buckets still add up to the balance.
/// </param>
public sealed record AgeingRow(string Counterparty, Money Balance, AgeingBuckets Buckets, bool Overpaid);
