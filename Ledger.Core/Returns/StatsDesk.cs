using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Core.Storage;

namespace Ledger.Core.Returns;

/// <summary>
/// The township's statistical tables (农经统计年报 表六, 表七): each village's book mapped to coded rows by a row map
/// kept as data, summed over the villages, and printed in 万元 so that the form's relations hold exactly on what is
/// printed: leaf rows are rounded, totals are the sums of the rounded rows, and a total that so drifts more than
/// 0.01 from its own rounded sum is named in a note.
/// </summary>
public sealed class StatsDesk(LedgerSession session)
{
    /// <summary>集体经营收益 bounds of the indicators 26–28: 5万元 and 10万元.</summary>
    private static readonly Money FiftyThousand = Money.FromFen(5_000_000);
    private static readonly Money HundredThousand = Money.FromFen(10_000_000);

    /// <summary>The table <paramref name="table"/> (6 or 7) of <paramref name="year"/> by the row map that ships in seeds/stats.</summary>
    public Result<StatsTable> Table(string table, int year, IReadOnlyList<VillageCode>? villages = null)
    {
        if (table is not ("6" or "7"))
        {
            return Refusal.Of("stats.table", $"没有表 {table}：可选 6（村集体经济组织收益分配）或 7（村集体经济组织资产负债）",
                $"there is no table {table}: 6 (income distribution) or 7 (assets and liabilities)");
        }
        return Table(StatsTableDefinition.Load(StatsTableDefinition.SeedOf(table, "2023")), year, villages);
    }

    /// <summary>The table a row map defines, for <paramref name="year"/>, over every village or those named.</summary>
    public Result<StatsTable> Table(StatsTableDefinition definition, int year, IReadOnlyList<VillageCode>? villages = null) => session.Store.Read(tx =>
    {
        if (!BookKindNames.TryParse(definition.Book, out var kind))
        {
            return Refusal.Of("stats.map", $"行映射的 book 应为 committee 或 collective，不是“{definition.Book}”", $"a row map's book is committee or collective, not '{definition.Book}'");
        }
        var books = SummaryBooks.Of(tx, kind, villages);
        if (books.IsRefused)
        {
            return Result<StatsTable>.Refused(books.Refusals);
        }
        var december = new Month(year, 12);
        var perBook = new List<Dictionary<string, long>>();
        foreach (var book in books.Value)
        {
            var bookId = VillageStore.FindBookId(tx, book)!.Value;
            var functions = definition.Kind == StatsTableDefinition.IncomeKind
                ? StatementReport.IncomeFunctions(tx, bookId, december)
                : StatementReport.BalanceFunctions(tx, bookId, december);
            perBook.Add(Evaluate(definition, functions, line: null));
        }
        var exact = definition.Rows.ToDictionary(r => r.Key, r => perBook.Sum(values => values[r.Key]));
        if (definition.Balance is [var assets, var claims] && exact[assets] != exact[claims])
        {
            return Refusal.Of("stats.unbalanced",
                $"表{definition.Table}不平：第 {RowName(definition, assets)} 行 {Money.FromFen(exact[assets])}，第 {RowName(definition, claims)} 行 {Money.FromFen(exact[claims])}（元）；请先核对各村账套，或行映射是否漏了科目",
                $"table {definition.Table} does not balance: row {RowName(definition, assets)} {Money.FromFen(exact[assets])}, row {RowName(definition, claims)} {Money.FromFen(exact[claims])} (元); check the villages' books, or whether the row map leaves an account out");
        }
        var notes = new List<Text>();
        var printed = Printed(definition, exact, adjustment: null);
        if (definition.Balance is [var left, var right] && printed[left] != printed[right])
        {
            printed = Balanced(definition, exact, printed, left, right, notes);
        }
        foreach (var row in definition.Rows.Where(r => r.IsTotal))
        {
            var rounded = WanYuan.RoundedFrom(Money.FromFen(exact[row.Key]));
            if (Math.Abs(printed[row.Key] - rounded.Hundredths) > 1)
            {
                notes.Add(new Text(
                    $"第 {row.Code} 行 {row.Name}：按各行四舍五入后相加为 {new WanYuan(printed[row.Key])}，按元合计再四舍五入为 {rounded}",
                    $"row {row.Code} {row.Name}: the sum of its rounded rows is {new WanYuan(printed[row.Key])}, its own total rounded is {rounded}"));
            }
        }
        var rows = definition.Rows.Select(r => new StatsRow(r.Key, r.Code, r.Name, r.IsTotal, Money.FromFen(exact[r.Key]), new WanYuan(printed[r.Key]))).ToList();
        var indicators = definition.Indicators is { } classes ? Indicators(perBook, classes) : [];
        var township = TownshipStore.Get(tx)?.Name ?? "";
        return Result<StatsTable>.Ok(new StatsTable(definition, township, year, rows, indicators, notes, books.Value));
    });

    /// <summary>Every row's value, a row named in a formula evaluated when first needed; fen, or hundredths of 万元 for printed totals.</summary>
    internal static Dictionary<string, long> Evaluate(StatsTableDefinition definition, Func<string, string, long> function, Func<StatsTableDefinition.Row, long>? line)
    {
        var rows = definition.Rows.ToDictionary(r => r.Key);
        var values = new Dictionary<string, long>();
        var started = new HashSet<string>();
        long ValueOf(string key)
        {
            if (values.TryGetValue(key, out var known))
            {
                return known;
            }
            Invariant.That(rows.ContainsKey(key), $"A row map's formula names a row {key} that is not there.");
            Invariant.That(started.Add(key), $"Row {key} of a row map is defined by itself.");
            var row = rows[key];
            var value = line is not null && !row.IsTotal ? line(row) : row.Sign * StatementFormula.Evaluate(row.Formula, function, ValueOf);
            values[key] = value;
            return value;
        }
        foreach (var row in definition.Rows)
        {
            ValueOf(row.Key);
        }
        return values;
    }

    /// <summary>
    /// The printed figures in hundredths of 万元: each leaf row rounded from its exact sum (plus any adjustment), each
    /// total computed by its formula from the printed rows, so that every relation of the form holds on paper.
    /// </summary>
    private static Dictionary<string, long> Printed(StatsTableDefinition definition, Dictionary<string, long> exact, (string Key, long Hundredths)? adjustment) =>
        Evaluate(definition, (name, _) => throw new LedgerInvariantException($"A total row of a row map uses {name}(); totals add rows only."),
            row => WanYuan.RoundedFrom(Money.FromFen(exact[row.Key])).Hundredths + (adjustment is { } a && a.Key == row.Key ? a.Hundredths : 0));

    /// <summary>
    /// Rounding the two sides of a balance separately may leave them a few hundredths apart although the books balance
    /// to the fen; the map's absorbing row (未分配收益) then takes the difference, and a note says so.
    /// </summary>
    private static Dictionary<string, long> Balanced(StatsTableDefinition definition, Dictionary<string, long> exact, Dictionary<string, long> printed,
        string left, string right, List<Text> notes)
    {
        if (definition.BalanceAbsorb is not { } absorb)
        {
            notes.Add(new Text($"四舍五入后第 {RowName(definition, left)} 与第 {RowName(definition, right)} 行相差 {new WanYuan(printed[left] - printed[right])}，行映射未指定由哪一行调整",
                $"after rounding rows {RowName(definition, left)} and {RowName(definition, right)} differ by {new WanYuan(printed[left] - printed[right])}, and the row map names no row to take it"));
            return printed;
        }
        var gap = printed[left] - printed[right];
        foreach (var delta in new[] { gap, -gap })
        {
            var adjusted = Printed(definition, exact, (absorb, delta));
            if (adjusted[left] == adjusted[right])
            {
                notes.Add(new Text(
                    $"四舍五入差：第 {RowName(definition, absorb)} 行调整 {new WanYuan(delta)} 万元，使第 {RowName(definition, left)} 行等于第 {RowName(definition, right)} 行",
                    $"rounding: row {RowName(definition, absorb)} is adjusted by {new WanYuan(delta)} so that row {RowName(definition, left)} equals row {RowName(definition, right)}"));
                return adjusted;
            }
        }
        throw new LedgerInvariantException($"The absorbing row {absorb} does not bring rows {left} and {right} together.");
    }

    /// <summary>A row as the form's notes name it: its code and name.</summary>
    private static string RowName(StatsTableDefinition definition, string key)
    {
        var row = definition.Rows.Single(r => r.Key == key);
        return $"{row.Code} {row.Name}";
    }

    /// <summary>表六's appended indicators 22–28, from each village's own 本年收益 and 经营收益, to the fen.</summary>
    private static List<StatsIndicator> Indicators(List<Dictionary<string, long>> perBook, StatsTableDefinition.IndicatorRows classes)
    {
        var results = perBook.Select(values => (Result: Money.FromFen(values[classes.Result]), Operating: Money.FromFen(values[classes.Operating]))).ToList();
        var earning = results.Where(r => r.Result > Money.Zero).ToList();
        var operating = earning.Where(r => r.Operating > Money.Zero).Select(r => r.Operating).ToList();
        return
        [
            new("22", "1.汇入本表村数", results.Count),
            new("23", "(1)当年无收益的村", results.Count - earning.Count),
            new("24", "(2)当年有收益的村", earning.Count),
            new("25", "其中：有集体经营收益的村", operating.Count),
            new("26", "①集体收益5万元以下的村", operating.Count(o => o < FiftyThousand)),
            new("27", "②集体收益5-10万元的村", operating.Count(o => o >= FiftyThousand && o < HundredThousand)),
            new("28", "③集体收益10万元以上的村", operating.Count(o => o >= HundredThousand)),
        ];
    }
}
