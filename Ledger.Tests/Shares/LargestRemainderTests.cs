using CsCheck;
using Ledger.Core.Shares;

namespace Ledger.Tests.Shares;

public sealed class LargestRemainderTests
{
    private const int SecondsPerProperty = 3;

    /// <summary>A pool up to a billion yuan over 1 to 300 households whose weights run from 0 to 100 units in ten-thousandths.</summary>
    private static readonly Gen<(long Total, long[] Weights)> Splits =
        Gen.Select(Gen.Long[0, 100_000_000_000], Gen.Long[0, 1_000_000].Array[1, 300])
            .Where(s => s.Item2.Sum() > 0);

    [Test]
    public void Allocations_always_sum_to_the_pool()
    {
        Splits.Sample(s => LargestRemainder.Allocate(s.Total, s.Weights).Sum() == s.Total, time: SecondsPerProperty);
    }

    [Test]
    public void A_household_with_more_weighted_units_never_gets_less()
    {
        Splits.Sample(s =>
        {
            var shares = LargestRemainder.Allocate(s.Total, s.Weights);
            var byWeight = s.Weights.Select((w, i) => (Weight: w, Share: shares[i])).OrderBy(x => x.Weight).ThenBy(x => x.Share).ToList();
            return byWeight.Zip(byWeight.Skip(1)).All(p => p.First.Weight == p.Second.Weight || p.First.Share <= p.Second.Share);
        }, time: SecondsPerProperty);
    }

    [Test]
    public void Every_share_is_its_exact_quota_rounded_down_or_up_by_one_fen()
    {
        Splits.Sample(s =>
        {
            var shares = LargestRemainder.Allocate(s.Total, s.Weights);
            var sum = s.Weights.Sum();
            return shares.Select((share, i) => (Share: share, Floor: (long)((Int128)s.Total * s.Weights[i] / sum)))
                .All(x => x.Share == x.Floor || x.Share == x.Floor + 1);
        }, time: SecondsPerProperty);
    }

    [Test]
    public void Gives_the_leftover_fen_to_the_largest_remainders_and_ties_to_the_earlier_household()
    {
        // 100 fen over weights 1:1:1 is 33.33 each: one fen is left, and it goes to the first of the equal remainders.
        Assert.That(LargestRemainder.Allocate(100, [1, 1, 1]), Is.EqualTo(new long[] { 34, 33, 33 }));
        // 1000 fen over 1:2:4 is 142.86, 285.71, 571.43: the two leftover fen go to .86 and .71.
        Assert.That(LargestRemainder.Allocate(1000, [1, 2, 4]), Is.EqualTo(new long[] { 143, 286, 571 }));
        Assert.That(LargestRemainder.Allocate(5, [0, 3]), Is.EqualTo(new long[] { 0, 5 }));
    }

    [Test]
    public void Refuses_weights_that_sum_to_zero_as_a_bug_of_the_caller()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Allocate(100, [0, 0]));
    }
}
