using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Print;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Reports;

/// <summary>
/// The books and statements an office prints and binds (日记账, 明细账, 总账, 多栏账, the statutory statements), as data
/// and as <see cref="PrintedTable"/>s that the PDF, HTML and XLSX renderers lay out.
/// </summary>
public sealed class BooksDesk(LedgerSession session)
{
    /// <summary>The cash journal (现金日记账, 101) or bank journal (银行存款日记账, 102 or one bank account under it).</summary>
    /// <returns>Refused for an unknown book or account, and for an account that is neither cash nor bank.</returns>
    public Result<AccountBook> Journal(BookRef book, string accountCode, Period period)
    {
        if (!ChartCodes.IsCashOrBank(accountCode.Trim()))
        {
            return Refusal.Of("journal.account", $"日记账只为库存现金 101 和银行存款 102（及其明细科目）设置，不能为科目 {accountCode} 设置；其他科目请用明细账",
                $"a journal is kept only for cash 101 and bank 102 (and their sub-accounts), not for account {accountCode}; use the ledger for other accounts");
        }
        return Account(book, accountCode, period);
    }

    /// <summary>The book of any account of the chart for a period: what its 明细账, 总账 and 多栏账 are laid out from.</summary>
    /// <returns>Refused for an unknown book or account.</returns>
    public Result<AccountBook> Account(BookRef book, string accountCode, Period period) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
        var code = accountCode.Trim();
        var account = chart.FirstOrDefault(s => s.Account.Code.Value == code)?.Account;
        if (account is null)
        {
            return Refusal.Of("line.account-unknown", $"账套 {book} 没有科目 {accountCode}", $"book {book} has no account {accountCode}");
        }
        var under = chart.Where(s => s.Account.Code.Value.StartsWith(code, StringComparison.Ordinal)).ToList();
        var before = PeriodStore.BalancesAt(tx, bookId.Value, period.First.Previous().Key);
        var opening = under.Sum(s => before.GetValueOrDefault(s.Id));
        var counters = BookLineStore.CounterLines(tx, bookId.Value, code, period.First.Key, period.Last.Key).ToLookup(c => c.VoucherId);
        var running = opening;
        var entries = new List<BookEntry>();
        foreach (var line in ReportStore.Lines(tx, bookId.Value, code, period.First.Key, period.Last.Key))
        {
            running = checked(running + line.DebitFen - line.CreditFen);
            entries.Add(new BookEntry(StoredTime.ParseDate(line.Date), VoucherNumber.Shown(line.Word, line.WordNumber), line.VoucherId, line.Summary, line.Code,
                CounterAccounts(counters[line.VoucherId].ToList(), code, line.Code), Money.FromFen(line.DebitFen), Money.FromFen(line.CreditFen), Money.FromFen(running)));
        }
        var yearStart = new Month(period.Last.Year, 1);
        var months = Months(BookLineStore.MonthTotals(tx, bookId.Value, code, yearStart.Key, period.Last.Key), period, opening);
        var columns = under.Where(s => s.Account.IsLeaf)
            .Select(s => new BookColumn(s.Account, Months(BookLineStore.MonthTotals(tx, bookId.Value, s.Account.Code.Value, yearStart.Key, period.Last.Key), period,
                before.GetValueOrDefault(s.Id))))
            .Where(c => c.Months.Any(m => !m.YearDebit.IsZero || !m.YearCredit.IsZero) || under.Count(s => s.Account.IsLeaf) == 1)
            .ToList();
        return Result<AccountBook>.Ok(new AccountBook(book, UnitName(tx, book), account, period, Money.FromFen(opening), entries, months, columns));
    });

    /// <summary>The 现金日记账 or 银行存款日记账 as printed: 三栏式, with 本日合计, 本月合计, 本年累计 and 上年结转.</summary>
    public Result<PrintedTable> JournalTable(BookRef book, string accountCode, Period period) => Map(Journal(book, accountCode, period), JournalPrint.Table);

    /// <summary>The 明细账, 总账 or 多栏账 of an account as printed, with the 借或贷 column.</summary>
    public Result<PrintedTable> LedgerTable(BookRef book, string accountCode, Period period, LedgerKind kind) =>
        Map(Account(book, accountCode, period), accountBook => kind switch
        {
            LedgerKind.Detail => LedgerPrint.Detail(accountBook),
            LedgerKind.General => LedgerPrint.General(accountBook),
            LedgerKind.Columnar => LedgerPrint.Columnar(accountBook),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });

    /// <summary>资产负债表 (会村经01表), two-sided, at the end of the period beside the end of the previous year.</summary>
    public Result<PrintedTable> BalanceSheetTable(BookRef book, Period period)
    {
        var statement = session.Statements.BalanceSheet(book, period);
        return statement.IsRefused ? Result<PrintedTable>.Refused(statement.Refusals) : Result<PrintedTable>.Ok(StatementPrint.BalanceSheet(statement.Value, UnitName(book)));
    }

    /// <summary>收益及收益分配表 (会村经02表) of the period's year up to its end, beside the whole previous year.</summary>
    public Result<PrintedTable> IncomeTable(BookRef book, Period period)
    {
        var thisYear = session.Statements.Income(book, period);
        if (thisYear.IsRefused)
        {
            return Result<PrintedTable>.Refused(thisYear.Refusals);
        }
        var lastYear = session.Statements.Income(book, Period.OfYear(period.Last.Year - 1));
        return Result<PrintedTable>.Ok(StatementPrint.Income(thisYear.Value, lastYear.Value, period, UnitName(book)));
    }

    /// <summary>
    /// A 汇总表 as printed: the balance sheet or the income statement of every book of <paramref name="kind"/> (or of the
    /// villages named), summed line by line, in the statutory form's own layout, headed with the township and the number
    /// of villages summed.
    /// </summary>
    public Result<PrintedTable> SummaryTable(StatementKind statement, BookKind kind, Period period, IReadOnlyList<VillageCode>? villages)
    {
        var summary = session.Statements.Summary(statement, kind, period, villages);
        if (summary.IsRefused)
        {
            return Result<PrintedTable>.Refused(summary.Refusals);
        }
        var township = session.Store.Read(tx => TownshipStore.Get(tx))?.Name ?? "";
        var unitName = $"{township}（{kind.Label().Zh}汇总，汇入 {summary.Value.VillageCount} 个村）";
        var thisYear = AsStatement(summary.Value);
        if (statement == StatementKind.BalanceSheet)
        {
            return Result<PrintedTable>.Ok(StatementPrint.BalanceSheet(thisYear, unitName));
        }
        var lastYear = session.Statements.Summary(statement, kind, Period.OfYear(period.Last.Year - 1), villages);
        return lastYear.IsRefused
            ? Result<PrintedTable>.Refused(lastYear.Refusals)
            : Result<PrintedTable>.Ok(StatementPrint.Income(thisYear, AsStatement(lastYear.Value), period, unitName));
    }

    /// <summary>A summary in a statement's shape, for the printed layouts; the book named is the first summed, which no layout prints.</summary>
    private static Statement AsStatement(StatementSummary summary) =>
        new($"{summary.Title}（汇总）", summary.TitleEn, summary.Books[0], summary.Period, summary.Columns, summary.Rows);

    /// <summary>科目余额表 with 期初, 本期发生, 本年累计 and 期末.</summary>
    public Result<PrintedTable> TrialBalanceTable(BookRef book, Period period)
    {
        var trial = session.TrialBalance.Build(book, period);
        if (trial.IsRefused)
        {
            return Result<PrintedTable>.Refused(trial.Refusals);
        }
        var yearToDate = session.Store.Read(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book)!.Value;
            var codes = BookChart.Load(tx, bookId).Accounts.ToDictionary(s => s.Id, s => s.Account.Code.Value);
            var sums = BalanceStore.Trial(tx, bookId, new Month(period.Last.Year, 1).Key, period.Last.Key);
            // A row sums its own account and every account under it, as the trial balance's rows do.
            return trial.Value.Rows.ToDictionary(r => r.Code, r =>
            {
                var own = sums.Where(s => codes[s.AccountId].StartsWith(r.Code, StringComparison.Ordinal)).ToList();
                return (Debit: Money.FromFen(own.Sum(s => s.PeriodDebitFen)), Credit: Money.FromFen(own.Sum(s => s.PeriodCreditFen)));
            });
        });
        return Result<PrintedTable>.Ok(StatementPrint.TrialBalance(trial.Value, yearToDate, UnitName(book)));
    }

    /// <summary>The statements an office binds for a period: 资产负债表, 收益及收益分配表 and 科目余额表, in that order.</summary>
    public Result<IReadOnlyList<PrintedTable>> StatementTables(BookRef book, Period period)
    {
        var tables = new[] { BalanceSheetTable(book, period), IncomeTable(book, period), TrialBalanceTable(book, period) };
        var refused = tables.FirstOrDefault(t => t.IsRefused);
        return refused is not null
            ? Result<IReadOnlyList<PrintedTable>>.Refused(refused.Refusals)
            : Result<IReadOnlyList<PrintedTable>>.Ok(tables.Select(t => t.Value).ToList());
    }

    private static Result<PrintedTable> Map(Result<AccountBook> book, Func<AccountBook, PrintedTable> build) =>
        book.IsRefused ? Result<PrintedTable>.Refused(book.Refusals) : Result<PrintedTable>.Ok(build(book.Value));

    /// <summary>
    /// The 对方科目 of a line: the level-1 names of the voucher's lines outside the account. A voucher that only moves
    /// money between two accounts under it (one bank account to another) names those accounts instead.
    /// </summary>
    private static string CounterAccounts(IReadOnlyList<BookLineStore.CounterLine> lines, string prefix, string ownCode)
    {
        var outside = lines.Where(l => !l.Code.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l.LevelOneName).Distinct().ToList();
        var names = outside.Count > 0 ? outside : lines.Where(l => l.Code != ownCode).Select(l => l.Name).Distinct().ToList();
        return string.Join("、", names);
    }

    /// <summary>Every month of the period with its totals, from the month totals since 1 January of its year.</summary>
    private static List<BookMonth> Months(IReadOnlyList<BookLineStore.MonthTotal> totals, Period period, long openingFen)
    {
        var byMonth = totals.ToDictionary(t => (int)t.Month);
        var months = new List<BookMonth>();
        long yearDebit = 0, yearCredit = 0, balance = openingFen;
        for (var month = new Month(period.Last.Year, 1); month <= period.Last; month = month.Next())
        {
            var total = byMonth.GetValueOrDefault(month.Key);
            var (debit, credit) = (total?.DebitFen ?? 0, total?.CreditFen ?? 0);
            yearDebit = checked(yearDebit + debit);
            yearCredit = checked(yearCredit + credit);
            if (month >= period.First)
            {
                balance = checked(balance + debit - credit);
                months.Add(new BookMonth(month, Money.FromFen(debit), Money.FromFen(credit), Money.FromFen(balance), Money.FromFen(yearDebit), Money.FromFen(yearCredit)));
            }
        }
        return months;
    }

    private string UnitName(BookRef book) => session.Store.Read(tx => UnitName(tx, book));

    private static string UnitName(UnitOfWork tx, BookRef book) => $"{VillageStore.Find(tx, book.Village)?.Name ?? book.Village.Value}{book.Kind.Label().Zh}";
}
