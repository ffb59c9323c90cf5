using System.Globalization;
using Ledger.Core.Periods;
using Ledger.Core.Reports;

namespace Ledger.Core.Print;

/// <summary>
/// Lays out the statements in their statutory forms: 资产负债表 (会村经01表) two-sided, 收益及收益分配表 (会村经02表) with
/// 本年金额 and 上年金额, and the 科目余额表 with 本年累计; each with 编制单位, its date, 单位：元 and the signature lines.
/// </summary>
/// <remarks>The form codes and 行次 follow the reconstruction of reference/domain-2.md §1.4–1.5, to be confirmed.</remarks>
public static class StatementPrint
{
    public const string BalanceSheetForm = "会村经01表";
    public const string IncomeForm = "会村经02表";

    /// <summary>单位负责人, 会计主管 and 制表, as every statement is signed.</summary>
    public static IReadOnlyList<PrintedSignature> Signatures { get; } = [new("单位负责人"), new("会计主管"), new("制表")];

    /// <summary>Assets on the left, liabilities and equity on the right, the two totals on the last row side by side.</summary>
    public static PrintedTable BalanceSheet(Statement statement, string unitName)
    {
        var assets = statement.Rows.Where(r => r.Key.StartsWith('A')).ToList();
        var claims = statement.Rows.Where(r => !r.Key.StartsWith('A')).ToList();
        var (left, right) = (WithSections(assets[..^1]), WithSections(claims[..^1]));
        var rows = new List<PrintedRow>();
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var (l, r) = (i < left.Count ? left[i] : null, i < right.Count ? right[i] : null);
            var total = (l?.IsTotal ?? true) && (r?.IsTotal ?? true);
            rows.Add(new PrintedRow(total ? PrintedRowKind.Total : PrintedRowKind.Entry, [.. Side(l, 2), .. Side(r, 2)]));
        }
        rows.Add(new PrintedRow(PrintedRowKind.Total, [.. Side(assets[^1], 2), .. Side(claims[^1], 2)]));
        var columns = new List<PrintedColumn>
        {
            new("资产", ColumnAlign.Left, 22, ColumnCarry.None),
            new("行次", ColumnAlign.Centre, 5, ColumnCarry.None),
            new("期末余额", ColumnAlign.Right, 13, ColumnCarry.None),
            new("上年年末余额", ColumnAlign.Right, 13, ColumnCarry.None),
            new("负债和所有者权益", ColumnAlign.Left, 22, ColumnCarry.None),
            new("行次", ColumnAlign.Centre, 5, ColumnCarry.None),
            new("期末余额", ColumnAlign.Right, 13, ColumnCarry.None),
            new("上年年末余额", ColumnAlign.Right, 13, ColumnCarry.None),
        };
        return new PrintedTable(statement.Title, [BalanceSheetForm, $"编制单位：{unitName}", DateText(statement.Period.LastDay), BookLayout.Yuan], columns, rows, Signatures);
    }

    /// <summary>The year's income and its distribution up to the period's end, beside the whole previous year.</summary>
    public static PrintedTable Income(Statement thisYear, Statement lastYear, Period period, string unitName)
    {
        var previous = lastYear.Rows.ToDictionary(r => r.Key);
        var rows = thisYear.Rows.Select(r => new PrintedRow(r.IsTotal ? PrintedRowKind.Total : PrintedRowKind.Entry,
        [
            PrintedCell.Of(IncomeIndent(r) + r.Name), PrintedCell.Of(RowNumber(r)), BookLayout.Shown(r.Values[0]),
            previous.TryGetValue(r.Key, out var before) ? BookLayout.Shown(before.Values[0]) : PrintedCell.Blank,
        ])).ToList();
        var columns = new List<PrintedColumn>
        {
            new("项目", ColumnAlign.Left, 30, ColumnCarry.None),
            new("行次", ColumnAlign.Centre, 5, ColumnCarry.None),
            new("本年金额", ColumnAlign.Right, 14, ColumnCarry.None),
            new("上年金额", ColumnAlign.Right, 14, ColumnCarry.None),
        };
        var last = period.Last;
        var span = last.Number == 12 ? $"{last.Year}年度" : last.Number == 1 ? $"{last.Year}年1月" : $"{last.Year}年1月至{last.Number}月";
        return new PrintedTable(thisYear.Title, [IncomeForm, $"编制单位：{unitName}", span, BookLayout.Yuan], columns, rows, Signatures);
    }

    /// <summary>The trial balance with 期初, 本期发生, 本年累计 and 期末, each as a debit and a credit column.</summary>
    /// <param name="yearToDate">Per row code, the debits and credits from 1 January to the period's end.</param>
    public static PrintedTable TrialBalance(TrialBalance trial, IReadOnlyDictionary<string, (Money Debit, Money Credit)> yearToDate, string unitName)
    {
        PrintedRow Row(PrintedRowKind kind, TrialBalanceRow r, (Money Debit, Money Credit) year) => new(kind,
        [
            PrintedCell.Of(r.Code), PrintedCell.Of(r.Name),
            BookLayout.Amount(r.OpeningDebit), BookLayout.Amount(r.OpeningCredit), BookLayout.Amount(r.PeriodDebit), BookLayout.Amount(r.PeriodCredit),
            BookLayout.Amount(year.Debit), BookLayout.Amount(year.Credit), BookLayout.Amount(r.ClosingDebit), BookLayout.Amount(r.ClosingCredit),
        ]);
        var rows = trial.Rows.Select(r => Row(PrintedRowKind.Entry, r, yearToDate[r.Code])).ToList();
        var levelOne = trial.Rows.Where(r => r.Level == 1).Select(r => yearToDate[r.Code]).ToList();
        rows.Add(Row(PrintedRowKind.Total, trial.Totals, (Money.Sum(levelOne.Select(y => y.Debit)), Money.Sum(levelOne.Select(y => y.Credit)))));
        var columns = new List<PrintedColumn>
        {
            new("科目编码", ColumnAlign.Left, 9, ColumnCarry.None),
            new("科目名称", ColumnAlign.Left, 20, ColumnCarry.None),
        };
        foreach (var group in new[] { "期初余额", "本期发生额", "本年累计发生额", "期末余额" })
        {
            columns.Add(new($"{group}/借方", ColumnAlign.Right, 11, ColumnCarry.None));
            columns.Add(new($"{group}/贷方", ColumnAlign.Right, 11, ColumnCarry.None));
        }
        return new PrintedTable("科目余额表", [$"编制单位：{unitName}", $"期间：{BookLayout.PeriodText(trial.Period)}", BookLayout.Yuan], columns, rows, Signatures);
    }

    /// <summary>The lines of one side with a caption line (no 行次, no figures) above each line that starts a section.</summary>
    private static List<StatementRow> WithSections(IEnumerable<StatementRow> lines) => lines
        .SelectMany(line => line.Section is { } caption ? [new StatementRow("", caption, [], IsTotal: false), line] : new[] { line })
        .ToList();

    private static IEnumerable<PrintedCell> Side(StatementRow? row, int columns) => row is null
        ? Enumerable.Repeat(PrintedCell.Blank, 2 + columns)
        : [PrintedCell.Of((row.IsTotal || row.Key.Length == 0 ? "" : Indent) + row.Name), PrintedCell.Of(RowNumber(row)), .. row.Values.Select(BookLayout.Shown).Concat(Enumerable.Repeat(PrintedCell.Blank, columns)).Take(columns)];

    /// <summary>One full-width space: how far a form sets a line in under its caption or its 加：/减： line.</summary>
    private const string Indent = "　";

    /// <summary>
    /// The income statement's lines stand as the form sets them: 一、… at the margin, 加：and 减：one step in, and the
    /// lines they go on to (税金及附加 under 减：经营支出) under the first word after the colon.
    /// </summary>
    private static string IncomeIndent(StatementRow row) =>
        row.IsTotal || (row.Name.Length > 1 && row.Name[1] == '、') ? "" : row.Name.StartsWith("加：", StringComparison.Ordinal) || row.Name.StartsWith("减：", StringComparison.Ordinal) ? Indent + Indent : Indent + Indent + Indent + Indent;

    private static string RowNumber(StatementRow row) => row.Row?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string DateText(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
