using System.Globalization;

// Money lives in the root namespace: it is used everywhere, and Ledger.Core.Money.Money would read badly.
namespace Ledger.Core;

/// <summary>An amount of renminbi held as whole fen (分). Never a floating-point number.</summary>
/// <remarks>
/// Equal when the fen are equal; <c>default</c> is zero. Every operation checks
/// <see cref="Limits.AmountFenAbsMax"/> and throws on overflow, because a sum that leaves the range is a bug.
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    public const int FenPerYuan = 100;

    /// <exception cref="ArgumentOutOfRangeException">When the amount is beyond <see cref="Limits.AmountFenAbsMax"/>.</exception>
    public Money(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fen, Limits.AmountFenAbsMax);
        ArgumentOutOfRangeException.ThrowIfLessThan(fen, -Limits.AmountFenAbsMax);
        Fen = fen;
    }

    public long Fen { get; }

    public static Money Zero => default;

    public bool IsZero => Fen == 0;

    public bool IsPositive => Fen > 0;

    public bool IsNegative => Fen < 0;

    public static Money FromFen(long fen) => new(fen);

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static Money operator -(Money a) => new(-a.Fen);

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public Money Abs() => new(Math.Abs(Fen));

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Sums amounts, throwing if any partial sum leaves the range.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }
        return total;
    }

    /// <summary>Parses clerk-written text (<c>1,234.50</c>, <c>￥1,234.50</c>, <c>1234.5元</c>, full-width digits).</summary>
    public static Result<Money> Parse(string? text) => MoneyParser.Parse(text);

    /// <summary>The amount as a plain decimal string with exactly two places: <c>-1234.50</c>.</summary>
    public override string ToString()
    {
        var magnitude = (ulong)Math.Abs(Fen);
        var sign = Fen < 0 ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / FenPerYuan}.{magnitude % FenPerYuan:00}");
    }

    /// <summary>The amount with thousands separators, for tables: <c>1,234.50</c>.</summary>
    public string ToDisplayString()
    {
        var magnitude = (ulong)Math.Abs(Fen);
        var sign = Fen < 0 ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / FenPerYuan:#,0}.{magnitude % FenPerYuan:00}");
    }
}
