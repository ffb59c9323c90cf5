namespace Ledger.Core.Dimensions;

/// <summary>
/// Ages a balance first in, first out: repayments settle the oldest amounts first, so what is still owed is made of
/// the latest increases. Ages are counted in whole years back from the day asked for: an increase dated after that
/// day a year earlier is within a year, one dated after it two years earlier is one to two years, and so on.
/// </summary>
public static class FifoAgeing
{
    /// <summary>Ages the movements of one counterparty up to <paramref name="at"/>.</summary>
    /// <param name="movements">
    /// Each movement's date, and how much it added to and took from the balance: not negative, except for red-ink
    /// reversals, whose negative increase cancels the latest increases before it (a reversal undoes a recent
    /// mistake, and must not make an old debt look young) and whose negative decrease undoes a repayment.
    /// </param>
    public static AgeingRow Age(string counterparty, IEnumerable<(DateOnly Date, long IncreaseFen, long DecreaseFen)> movements, DateOnly at)
    {
        var lots = new List<(DateOnly Date, long Fen)>();
        var settledFen = 0L;
        foreach (var (date, increase, decrease) in movements.OrderBy(m => m.Date))
        {
            if (increase > 0)
            {
                lots.Add((date, increase));
            }
            else if (increase < 0)
            {
                settledFen = checked(settledFen + Cancel(lots, -increase));
            }
            settledFen = checked(settledFen + decrease);
        }
        var balance = checked(lots.Sum(l => l.Fen) - settledFen);
        if (balance <= 0)
        {
            // Nothing is owed, or more was paid than owed: an overpayment has no age worth telling, and standing whole
            // in the first bucket it keeps the buckets adding up to the balance.
            return new AgeingRow(counterparty, Money.FromFen(balance), AgeingBuckets.None with { WithinOneYear = Money.FromFen(balance) }, balance < 0);
        }
        var fen = new long[4];
        var left = balance;
        // Repayments settled the oldest lots, so the balance is the latest lots; the last one taken counts only in part.
        for (var i = lots.Count - 1; i >= 0 && left > 0; i--)
        {
            var taken = Math.Min(lots[i].Fen, left);
            fen[BucketOf(lots[i].Date, at)] += taken;
            left -= taken;
        }
        // Only a repayment undone beyond what was repaid could leave more than the lots hold; it counts as new.
        fen[0] += left;
        return new AgeingRow(counterparty, Money.FromFen(balance),
            new AgeingBuckets(Money.FromFen(fen[0]), Money.FromFen(fen[1]), Money.FromFen(fen[2]), Money.FromFen(fen[3])), Overpaid: false);
    }

    /// <summary>Takes <paramref name="fen"/> off the latest lots; returns what there was no lot to take it from.</summary>
    private static long Cancel(List<(DateOnly Date, long Fen)> lots, long fen)
    {
        while (fen > 0 && lots.Count > 0)
        {
            var last = lots[^1];
            var taken = Math.Min(last.Fen, fen);
            fen -= taken;
            if (taken == last.Fen)
            {
                lots.RemoveAt(lots.Count - 1);
            }
            else
            {
                lots[^1] = (last.Date, last.Fen - taken);
            }
        }
        return fen;
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
