using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Reports;

/// <summary>
/// The statutory statements of the 2023 standard, computed from the month totals by the line formulas of
/// seeds/statements: 资产负债表 (balance sheet) and 收益及收益分配表 (income and distribution).
/// </summary>
public sealed class StatementReport(LedgerSession session)
{
    /// <summary>The balance sheet at the end of <paramref name="period"/>, with the start of its year beside it.</summary>
    public Result<Statement> BalanceSheet(BookRef book, Period period) => session.Store.Read(tx => BalanceSheetIn(tx, book, period));

    /// <summary>The balance sheet within a unit of work already open, for the desks that sum it over books.</summary>
    internal static Result<Statement> BalanceSheetIn(UnitOfWork tx, BookRef book, Period period)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var columns = new[]
        {
            BalanceFunctions(tx, bookId.Value, period.Last),
            BalanceFunctions(tx, bookId.Value, new Month(period.Last.Year - 1, 12)),
        };
        var statement = Compute(StatementDefinition.Load(StatementDefinition.BalanceSheetSeed), book, period, columns);
        var assets = statement.Value("A23");
        var claims = statement.Value("E05");
        return assets == claims
            ? Result<Statement>.Ok(statement)
            : Refusal.Of("statement.unbalanced",
                $"{book} 资产负债表不平：资产总计 {assets}，负债和所有者权益总计 {claims}；请检查 181 待处理财产损溢是否已处理，或报表公式",
                $"the balance sheet of {book} does not balance: assets {assets}, liabilities and equity {claims}; check that 181 is cleared, or the line formulas");
    }

    /// <summary>The income and distribution statement from the start of the year to the end of <paramref name="period"/>.</summary>
    public Result<Statement> Income(BookRef book, Period period) => session.Store.Read(tx => IncomeIn(tx, book, period));

    private static Result<Statement> IncomeIn(UnitOfWork tx, BookRef book, Period period)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var year = Period.Parse($"{period.Last.Year:0000}").Value;
        return Result<Statement>.Ok(Compute(StatementDefinition.Load(StatementDefinition.IncomeSeed), book, year, [IncomeFunctions(tx, bookId.Value, period.Last)]));
    }

    /// <summary>
    /// A statement of many books summed line by line (汇总表): every book of <paramref name="kind"/>, or of the named
    /// villages, each computed as it is alone and then added, so that the summary is always the sum of the villages'
    /// own statements. A book whose statement is refused refuses the summary, naming it.
    /// </summary>
    public Result<StatementSummary> Summary(StatementKind statement, BookKind kind, Period period, IReadOnlyList<VillageCode>? villages = null) => session.Store.Read(tx =>
    {
        var books = SummaryBooks.Of(tx, kind, villages);
        if (books.IsRefused)
        {
            return Result<StatementSummary>.Refused(books.Refusals);
        }
        var statements = new List<Statement>();
        foreach (var book in books.Value)
        {
            var one = statement switch
            {
                StatementKind.BalanceSheet => BalanceSheetIn(tx, book, period),
                StatementKind.Income => IncomeIn(tx, book, period),
                _ => throw new ArgumentOutOfRangeException(nameof(statement), statement, "A statement without a summary."),
            };
            if (one.IsRefused)
            {
                return Result<StatementSummary>.Refused(one.Refusals);
            }
            statements.Add(one.Value);
        }
        var first = statements[0];
        var rows = first.Rows.Select((row, index) => row with
        {
            Values = row.Values.Select((_, column) => Money.Sum(statements.Select(s => s.Rows[index].Values[column]))).ToList(),
        }).ToList();
        Invariant.That(statements.All(s => s.Rows.Select(r => r.Key).SequenceEqual(first.Rows.Select(r => r.Key))), "Statements of one definition have the same lines.");
        return Result<StatementSummary>.Ok(new StatementSummary(first.Title, first.TitleEn, kind, first.Period, first.Columns, rows, books.Value));
    });

    /// <summary>
    /// The account functions of a balance-type line formula for one book at the end of <paramref name="month"/>:
    /// <c>bal</c>, <c>dr</c> and <c>cr</c> of every leaf whose code starts with a prefix.
    /// </summary>
    internal static Func<string, string, long> BalanceFunctions(UnitOfWork tx, long bookId, Month month)
    {
        var chart = BookChart.Load(tx, bookId).Accounts;
        var balances = PeriodStore.BalancesAt(tx, bookId, month.Key);
        return (name, prefix) =>
        {
            var values = Matching(chart, prefix).Select(a => balances.GetValueOrDefault(a));
            return name switch
            {
                "bal" => values.Sum(),
                "dr" => values.Where(v => v > 0).Sum(),
                "cr" => values.Where(v => v < 0).Sum(),
                _ => throw new LedgerInvariantException($"A balance line has no function {name}()."),
            };
        };
    }

    /// <summary>
    /// The account functions of an income-type line formula for one book from January to <paramref name="last"/>:
    /// <c>mov</c> (debit minus credit, leaving out the year-end closing vouchers), <c>dist</c> (debits alone) and
    /// <c>open</c> (the balance at the start of the year).
    /// </summary>
    internal static Func<string, string, long> IncomeFunctions(UnitOfWork tx, long bookId, Month last)
    {
        var chart = BookChart.Load(tx, bookId).Accounts;
        var movements = StatementStore.MovementsWithoutClosing(tx, bookId, new Month(last.Year, 1).Key, last.Key);
        var opening = PeriodStore.BalancesAt(tx, bookId, new Month(last.Year - 1, 12).Key);
        return (name, prefix) => name switch
        {
            "mov" => Matching(chart, prefix).Sum(a => movements.TryGetValue(a, out var m) ? m.DebitFen - m.CreditFen : 0),
            "dist" => Matching(chart, prefix).Sum(a => movements.TryGetValue(a, out var m) ? m.DebitFen : 0),
            "open" => Matching(chart, prefix).Sum(a => opening.GetValueOrDefault(a)),
            _ => throw new LedgerInvariantException($"An income line has no function {name}()."),
        };
    }

    /// <summary>Ids of the leaf accounts whose code starts with <paramref name="prefix"/>; totals live on leaves.</summary>
    private static IEnumerable<long> Matching(IReadOnlyList<AccountStore.Stored> chart, string prefix) =>
        chart.Where(s => s.Account.IsLeaf && s.Account.Code.Value.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.Id);

    private static Statement Compute(StatementDefinition definition, BookRef book, Period period, IReadOnlyList<Func<string, string, long>> columns)
    {
        var values = new Dictionary<string, long[]>();
        foreach (var line in definition.Lines)
        {
            values[line.Key] = columns.Select((function, column) => line.Sign * StatementFormula.Evaluate(
                line.Formula,
                function,
                key => values.TryGetValue(key, out var earlier) ? earlier[column] : throw new LedgerInvariantException($"Line {line.Key} uses {key} before it is defined."))).ToArray();
        }
        var rows = definition.Lines.Select(l => new StatementRow(l.Key, l.Name, values[l.Key].Select(Money.FromFen).ToList(), l.IsTotal, l.Row, l.Section)).ToList();
        return new Statement(definition.Title, definition.TitleEn, book, period, definition.Columns, rows);
    }
}
