namespace Ledger.Core.Dimensions;

/// <summary>A balance split by the age of what it is made of (账龄): within a year, one to two, two to three, over three.</summary>
public sealed record AgeingBuckets(Money WithinOneYear, Money OneToTwoYears, Money TwoToThreeYears, Money OverThreeYears)
{
    public static AgeingBuckets None { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    public Money Total => WithinOneYear + OneToTwoYears + TwoToThreeYears + OverThreeYears;

    public static AgeingBuckets operator +(AgeingBuckets a, AgeingBuckets b) =>
        new(a.WithinOneYear + b.WithinOneYear, a.OneToTwoYears + b.OneToTwoYears, a.TwoToThreeYears + b.TwoToThreeYears, a.OverThreeYears + b.OverThreeYears);
}
