using System.Globalization;

namespace Ledger.Core.Returns;

/// <summary>
/// An amount in 万元 with two decimals, as the statistical forms print it: a whole number of hundredths of 万元
/// (100 元 each). It is made from money only by rounding half away from zero (四舍五入), or by adding and subtracting
/// figures already rounded, so that a form's totals are always sums of its printed rows.
/// </summary>
public readonly record struct WanYuan(long Hundredths)
{
    /// <summary>Fen in one hundredth of 万元: 100 元.</summary>
    public const long FenPerHundredth = 10_000;

    public static WanYuan Zero => new(0);

    public static WanYuan RoundedFrom(Money amount)
    {
        var (quotient, remainder) = Math.DivRem(amount.Fen, FenPerHundredth);
        return new WanYuan(quotient + (Math.Abs(remainder) * 2 >= FenPerHundredth ? Math.Sign(remainder) : 0));
    }

    public static WanYuan operator +(WanYuan a, WanYuan b) => new(checked(a.Hundredths + b.Hundredths));

    public static WanYuan operator -(WanYuan a, WanYuan b) => new(checked(a.Hundredths - b.Hundredths));

    /// <summary>Two decimals, invariant: <c>12.34</c>, <c>-0.05</c>.</summary>
    public override string ToString()
    {
        var sign = Hundredths < 0 ? "-" : "";
        var magnitude = Math.Abs(Hundredths);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / 100}.{magnitude % 100:00}");
    }
}
