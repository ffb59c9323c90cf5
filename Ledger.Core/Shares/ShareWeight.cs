using System.Globalization;

namespace Ledger.Core.Shares;

/// <summary>
/// What one unit of a share class counts for in a distribution (the charter's 折股系数), held in ten-thousandths
/// of a unit so that weighted units are whole numbers and the allocation over them is exact.
/// </summary>
public readonly record struct ShareWeight
{
    public const long TenThousandthsPerUnit = 10_000;

    /// <summary>The largest weight a class may carry: one unit counting as a hundred.</summary>
    public const long TenThousandthsMax = 100 * TenThousandthsPerUnit;

    private ShareWeight(long tenThousandths) => TenThousandths = tenThousandths;

    public long TenThousandths { get; }

    public static ShareWeight FromTenThousandths(long tenThousandths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenThousandths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tenThousandths, TenThousandthsMax);
        return new ShareWeight(tenThousandths);
    }

    /// <summary>Reads "1", "0.5" or "1.2500": at most four decimal places, from 0 to 100.</summary>
    public static Result<ShareWeight> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
        {
            return Refusal.Of("shares.weight", $"权重“{trimmed}”不是数字", $"the weight '{trimmed}' is not a number");
        }
        var scaled = weight * TenThousandthsPerUnit;
        if (scaled != decimal.Truncate(scaled) || scaled > TenThousandthsMax)
        {
            return Refusal.Of("shares.weight", $"权重“{trimmed}”须在 0 到 100 之间，最多四位小数", $"the weight '{trimmed}' must be from 0 to 100 with at most four decimal places");
        }
        return Result<ShareWeight>.Ok(new ShareWeight((long)scaled));
    }

    /// <summary>Units of this class as weighted units, in ten-thousandths.</summary>
    public long Weigh(long units) => checked(units * TenThousandths);

    public override string ToString() => ToDecimal(TenThousandths).ToString(CultureInfo.InvariantCulture);

    /// <summary>A quantity kept in ten-thousandths, as the decimal people read.</summary>
    public static decimal ToDecimal(long tenThousandths) => (decimal)tenThousandths / TenThousandthsPerUnit;
}
