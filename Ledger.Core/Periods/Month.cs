using System.Globalization;

namespace Ledger.Core.Periods;

/// <summary>One accounting month, the unit in which books are numbered and closed.</summary>
public readonly record struct Month : IComparable<Month>
{
    public const int YearMin = 1990;
    public const int YearMax = 2199;

    /// <exception cref="ArgumentOutOfRangeException">When the year or month is out of range.</exception>
    public Month(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, YearMin);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, YearMax);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>The month as the store keys it: <c>202403</c>.</summary>
    public int Key => (Year * 100) + Number;

    public DateOnly FirstDay => new(Year, Number, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public static Month FromKey(int key) => new(key / 100, key % 100);

    public Month Next() => Number == 12 ? new Month(Year + 1, 1) : new Month(Year, Number + 1);

    public Month Previous() => Number == 1 ? new Month(Year - 1, 12) : new Month(Year, Number - 1);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Number;

    public int CompareTo(Month other) => Key.CompareTo(other.Key);

    public static bool operator <(Month a, Month b) => a.Key < b.Key;

    public static bool operator >(Month a, Month b) => a.Key > b.Key;

    public static bool operator <=(Month a, Month b) => a.Key <= b.Key;

    public static bool operator >=(Month a, Month b) => a.Key >= b.Key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}");
}
