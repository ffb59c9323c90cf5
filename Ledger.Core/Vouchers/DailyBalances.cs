namespace Ledger.Core.Vouchers;

/// <summary>
/// A cash or bank account's balance at the end of each day it moved, in date order, for <see cref="CashGuard"/>.
/// </summary>
/// <remarks>
/// Held as running balances rather than daily movements, so that a check starts at the voucher's own day instead of
/// adding up the account's whole history: a run that checks voucher by voucher, in date order, then touches only the
/// few days after each voucher.
/// </remarks>
internal sealed class DailyBalances
{
    private readonly List<DateOnly> _days = [];
    private readonly List<long> _balancesFen = [];

    /// <param name="nets">The account's net movement (debit minus credit) by day, in any order.</param>
    public static DailyBalances FromNets(IEnumerable<(DateOnly Date, long NetFen)> nets)
    {
        var balances = new DailyBalances();
        foreach (var (date, net) in nets.OrderBy(n => n.Date))
        {
            balances.Add(date, net);
        }
        return balances;
    }

    /// <summary>Adds a day's movement: that day and every later one stand higher or lower by it.</summary>
    public void Add(DateOnly date, long netFen)
    {
        var index = LowerBound(date);
        if (index == _days.Count || _days[index] != date)
        {
            _days.Insert(index, date);
            _balancesFen.Insert(index, index > 0 ? _balancesFen[index - 1] : 0);
        }
        for (var later = index; later < _days.Count; later++)
        {
            _balancesFen[later] = checked(_balancesFen[later] + netFen);
        }
    }

    /// <summary>The first day on or after <paramref name="from"/> that ends below zero once <paramref name="moves"/> are added.</summary>
    public (DateOnly Date, long BalanceFen)? FirstNegativeDay(SortedDictionary<DateOnly, long> moves, DateOnly from)
    {
        var added = moves.ToList();
        var next = 0;
        long addedFen = 0;
        for (; next < added.Count && added[next].Key < from; next++)
        {
            addedFen = checked(addedFen + added[next].Value);
        }
        var index = LowerBound(from);
        while (index < _days.Count || next < added.Count)
        {
            var day = next < added.Count && (index == _days.Count || added[next].Key <= _days[index]) ? added[next].Key : _days[index];
            if (next < added.Count && added[next].Key == day)
            {
                addedFen = checked(addedFen + added[next].Value);
                next++;
            }
            long storedFen;
            if (index < _days.Count && _days[index] == day)
            {
                storedFen = _balancesFen[index++];
            }
            else
            {
                // A day only the moves touch ends at the balance of the last day before it that moved.
                storedFen = index > 0 ? _balancesFen[index - 1] : 0;
            }
            var balanceFen = checked(storedFen + addedFen);
            if (balanceFen < 0)
            {
                return (day, balanceFen);
            }
        }
        return null;
    }

    private int LowerBound(DateOnly date)
    {
        var index = _days.BinarySearch(date);
        return index >= 0 ? index : ~index;
    }
}
