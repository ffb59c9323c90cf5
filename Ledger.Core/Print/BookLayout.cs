using System.Globalization;
using Ledger.Core.Periods;
using Ledger.Core.Reports;

namespace Ledger.Core.Print;

/// <summary>What the printed books share: the heading, the date columns, amount cells and the 借或贷 direction.</summary>
internal static class BookLayout
{
    public const string Yuan = "单位：元";

    /// <summary>The period as the heading names it: 2024年3月, 2024年1月至3月, 2024年度.</summary>
    public static string PeriodText(Period period) =>
        period.IsSingleMonth ? $"{period.First.Year}年{period.First.Number}月"
        : period.First.Number == 1 && period.Last.Number == 12 ? $"{period.First.Year}年度"
        : $"{period.First.Year}年{period.First.Number}月至{period.Last.Number}月";

    public static IReadOnlyList<string> Heading(AccountBook book) =>
    [
        $"编制单位：{book.UnitName}",
        $"科目：{book.Account.Code.Value} {book.Account.Name}",
        $"期间：{PeriodText(book.Period)}",
        Yuan,
    ];

    /// <summary>The year over its two columns (2024年/月, 2024年/日), as a bound book's pages are ruled.</summary>
    public static IEnumerable<PrintedColumn> DateColumns(Period period) =>
    [
        new($"{period.Last.Year}年/月", ColumnAlign.Centre, 5, ColumnCarry.None),
        new($"{period.Last.Year}年/日", ColumnAlign.Centre, 5, ColumnCarry.None),
    ];

    public static IEnumerable<PrintedCell> DateCells(DateOnly date) =>
        [PrintedCell.Of(date.Month.ToString(CultureInfo.InvariantCulture)), PrintedCell.Of(date.Day.ToString(CultureInfo.InvariantCulture))];

    /// <summary>An amount that is left blank when zero (借方, 贷方 of a line), but still carries its value.</summary>
    public static PrintedCell Amount(Money amount) => new(amount.IsZero ? string.Empty : amount.ToDisplayString(), amount);

    /// <summary>An amount shown even when zero (a balance, a statement figure).</summary>
    public static PrintedCell Shown(Money amount) => new(amount.ToDisplayString(), amount);

    /// <summary>借, 贷 or 平 for a balance held as debit minus credit.</summary>
    public static string Direction(Money balance) => balance.IsPositive ? "借" : balance.IsNegative ? "贷" : "平";

    /// <summary>The opening row's words: 上年结转 when the book starts a year, else 期初余额.</summary>
    public static string OpeningWords(Period period) => period.First.Number == 1 ? "上年结转" : "期初余额";
}
