using Ledger.Core.Books;

namespace Ledger.Core.Dimensions;

/// <summary>The ageing of an account's counterparty balances at a day (账龄分析表).</summary>
/// <param name="CreditNatured">True for 211 应付款, whose balance is its credits less its debits.</param>
public sealed record Ageing(BookRef Book, string Code, string Name, DateOnly Date, bool CreditNatured, IReadOnlyList<AgeingRow> Rows)
{
    public Money Balance => Money.Sum(Rows.Select(r => r.Balance));

    public AgeingBuckets Buckets => Rows.Aggregate(AgeingBuckets.None, (sum, r) => sum + r.Buckets);
}
