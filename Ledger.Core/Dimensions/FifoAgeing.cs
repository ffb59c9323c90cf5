namespace Ledger.Core.Dimensions;

/// <summary>
/// Ages a balance first in, first out: repayments settle the oldest amounts first, so what is still owed is made of
/// the latest increases. Ages are counted in whole years back from the day asked for: an increase dated after that
/// day a year earlier is within a year, one dated after it two years earlier is one to two years, and so on.
/// </summary>
public static class FifoAgeing
{
    /// <summary>Ages the movements of one counterparty up to <paramref name="at"/>.</summary>
    /// <param name="movements">Each movement's date, and how much it added to and took from the balance (both not negative, except red-ink reversals).</param>
    public static AgeingRow Age(string counterparty, IEnumerable<(DateOnly Date, long IncreaseFen, long DecreaseFen)> movements, DateOnly at)
    {
        var list = movements.ToList();
        var balance = list.Sum(m => checked(m.IncreaseFen - m.DecreaseFen));
        if (balance <= 0)
        {
            // Nothing is owed, or more was paid than owed: an overpayment has no age worth telling, and standing whole
            // in the first bucket it keeps the buckets adding up to the balance.
            return new AgeingRow(counterparty, Money.FromFen(balance), AgeingBuckets.None with { WithinOneYear = Money.FromFen(balance) }, balance < 0);
        }
        var fen = new long[4];
        var left = balance;
        // The latest increases first, until they make up the balance; the last one taken counts only in part.
        foreach (var (date, increase, _) in list.Where(m => m.IncreaseFen > 0).OrderByDescending(m => m.Date))
        {
            var taken = Math.Min(increase, left);
            fen[BucketOf(date, at)] += taken;
            left -= taken;
            if (left == 0)
            {
                break;
            }
        }
        // Red-ink reversals of increases can leave the balance above what the positive increases make up; what is left
        // is counted as new, so that the buckets always add up.
        fen[0] += left;
        return new AgeingRow(counterparty, Money.FromFen(balance),
            new AgeingBuckets(Money.FromFen(fen[0]), Money.FromFen(fen[1]), Money.FromFen(fen[2]), Money.FromFen(fen[3])), Overpaid: false);
    }

    /// <summary>0 within a year of <paramref name="at"/>, 1 one to two years, 2 two to three, 3 over three years.</summary>
    public static int BucketOf(DateOnly date, DateOnly at)
    {
        for (var years = 1; years <= 3; years++)
        {
            if (date > at.AddYears(-years))
            {
                return years - 1;
            }
        }
        return 3;
    }
}
