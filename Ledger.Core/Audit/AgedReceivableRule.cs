using Ledger.Core.Dimensions;
using Ledger.Core.Storage;

namespace Ledger.Core.Audit;

/// <summary>
/// Rule 11, 往来款项长期挂账, in its narrowest form: a counterparty's balance on 112 应收款 or 113 内部往来 of which a
/// part, aged first in, first out at the period's end, is over three years old (应收款挂账超过3年). Such money is
/// rarely collected; the township asks the village to chase it or to write it off by resolution.
/// </summary>
internal static class AgedReceivableRule
{
    public static IEnumerable<Finding> Run(AuditContext context)
    {
        var at = context.Period.LastDay;
        var lines = DimensionStore.ReceivableLinesUpTo(context.Transaction, StoredTime.Format(at));
        foreach (var account in lines.GroupBy(l => (l.BookId, l.Code)))
        {
            if (!context.Books.TryGetValue(account.Key.BookId, out var book) || !context.InScope(book))
            {
                continue;
            }
            foreach (var row in DimensionDesk.AgeLines(account, creditNatured: false, at).Where(r => r.Buckets.OverThreeYears.IsPositive))
            {
                var who = row.Counterparty.Length == 0 ? new Text("（未填对方单位）", "(no counterparty named)") : new Text(row.Counterparty, row.Counterparty);
                var over = row.Buckets.OverThreeYears;
                yield return new Finding(11, "receivable-over-3y", new Text("应收款挂账超过3年", "receivable open for over three years"), book, [], over,
                    new Text($"{account.Key.Code} {who.Zh} 余额 {row.Balance}，其中 {over} 截至 {at:yyyy-MM-dd} 已挂账超过3年：应催收，或经村民会议决议核销",
                        $"{account.Key.Code} {who.En} stands at {row.Balance}, of which {over} has been open for over three years at {at:yyyy-MM-dd}: collect it, or write it off by resolution"));
            }
        }
    }
}
