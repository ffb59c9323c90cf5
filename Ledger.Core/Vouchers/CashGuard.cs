using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Vouchers;

/// <summary>
/// Keeps cash (101) and bank (102) from going negative. Balances are checked at the end of each day, as a cash
/// journal balances daily, from the first day a posting takes money out to the last day the account moved, so a
/// late-posted payment cannot overdraw a later day either.
/// </summary>
internal static class CashGuard
{
    /// <summary>A cash or bank leaf account touched by a posting.</summary>
    public sealed record Watched(long AccountId, BookRef Book, string Code, string Name);

    /// <param name="posted">
    /// Per account, the posted balances by day, loaded once per posting run and kept up to date by it, so that a run
    /// over twelve months reads each account's history once. Movements that pass are added to it when
    /// <paramref name="keep"/>. An account missing from it is loaded from the posted vouchers.
    /// </param>
    /// <param name="keep">Whether movements that pass are added to <paramref name="posted"/>: true when they will be posted.</param>
    public static List<Refusal> Check(UnitOfWork tx, IReadOnlyDictionary<long, Watched> watched, IEnumerable<(long AccountId, DateOnly Date, long NetFen)> movements,
        Dictionary<long, DailyBalances>? posted = null, bool keep = true)
    {
        var problems = new List<Refusal>();
        posted ??= new Dictionary<long, DailyBalances>();
        var checkedDays = new List<(DailyBalances History, SortedDictionary<DateOnly, long> Moves)>();
        foreach (var group in movements.Where(m => watched.ContainsKey(m.AccountId)).GroupBy(m => m.AccountId))
        {
            if (!posted.TryGetValue(group.Key, out var history))
            {
                history = DailyBalances.FromNets(BalanceStore.DailyNets(tx, group.Key).Select(d => (StoredTime.ParseDate(d.Date), d.NetFen)));
                posted[group.Key] = history;
            }
            var moves = new SortedDictionary<DateOnly, long>();
            foreach (var (_, date, net) in group)
            {
                moves[date] = moves.GetValueOrDefault(date) + net;
            }
            checkedDays.Add((history, moves));
            var withdrawals = group.Where(m => m.NetFen < 0).Select(m => m.Date).ToList();
            if (withdrawals.Count == 0)
            {
                continue;
            }
            if (history.FirstNegativeDay(moves, withdrawals.Min()) is { } negative)
            {
                var account = watched[group.Key];
                var balance = Money.FromFen(negative.BalanceFen);
                problems.Add(Refusal.Of("cash.negative",
                    $"账套 {account.Book} 科目 {account.Code} {account.Name} 在 {negative.Date:yyyy-MM-dd} 的余额将为 {balance}：现金和银行存款不能为负数",
                    $"book {account.Book} account {account.Code} {account.Name} would stand at {balance} on {negative.Date:yyyy-MM-dd}: cash and bank never go negative"));
            }
        }
        if (problems.Count == 0 && keep)
        {
            // The movements will be posted: the run's picture of each account now includes them.
            foreach (var (history, moves) in checkedDays)
            {
                foreach (var (date, net) in moves)
                {
                    history.Add(date, net);
                }
            }
        }
        return problems;
    }

    /// <summary>The refusals for any cash or bank account that stands below zero at the end of a day of the month.</summary>
    public static List<Refusal> CheckMonth(UnitOfWork tx, IEnumerable<Watched> accounts, Periods.Month month)
    {
        var problems = new List<Refusal>();
        foreach (var account in accounts)
        {
            // The balance the month starts from comes from the month totals, and only the month's own days are read:
            // a close of December would otherwise read the account's whole year for every cash and bank account.
            var opening = (month.FirstDay.AddDays(-1), BalanceStore.BalanceBeforeFen(tx, account.AccountId, month.Key));
            var daily = DailyBalances.FromNets(BalanceStore.DailyNetsIn(tx, account.AccountId, month.Key)
                .Select(d => (StoredTime.ParseDate(d.Date), d.NetFen))
                .Prepend(opening));
            if (daily.FirstNegativeDay(new SortedDictionary<DateOnly, long>(), month.FirstDay) is { } negative)
            {
                problems.Add(Refusal.Of("cash.negative",
                    $"账套 {account.Book} 科目 {account.Code} {account.Name} 在 {negative.Date:yyyy-MM-dd} 余额为 {Money.FromFen(negative.BalanceFen)}",
                    $"book {account.Book} account {account.Code} {account.Name} stands at {Money.FromFen(negative.BalanceFen)} on {negative.Date:yyyy-MM-dd}"));
            }
        }
        return problems;
    }
}
