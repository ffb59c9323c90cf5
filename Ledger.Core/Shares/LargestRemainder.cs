namespace Ledger.Core.Shares;

/// <summary>
/// Splits a whole number of fen in proportion to weights, exactly: each share is first rounded down, and the fen
/// left over go one each to the largest remainders (domain.md §6.4). The shares always sum to the total.
/// </summary>
public static class LargestRemainder
{
    /// <param name="totalFen">What is split; not negative.</param>
    /// <param name="weights">Not negative, with a positive sum. Equal remainders go to the earlier weight, so the
    /// caller's order (households by number) decides ties, the same way every time.</param>
    public static long[] Allocate(long totalFen, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalFen);
        Int128 weightSum = 0;
        foreach (var weight in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(weight);
            weightSum += weight;
        }
        ArgumentOutOfRangeException.ThrowIfZero(weightSum);
        var shares = new long[weights.Count];
        var remainders = new Int128[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            // Int128 holds total × weight for any amount and weight the engine allows, so nothing rounds here.
            var exact = (Int128)totalFen * weights[i];
            shares[i] = (long)(exact / weightSum);
            remainders[i] = exact % weightSum;
            given += shares[i];
        }
        var left = totalFen - given;
        Invariant.That(left >= 0 && left < Math.Max(1, weights.Count), $"Rounding down left {left} fen for {weights.Count} weights.");
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)left))
        {
            shares[i]++;
        }
        return shares;
    }
}
