using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Print;
using Ledger.Tests.Support;

namespace Ledger.Tests.Print;

/// <summary>
/// The journal and the ledgers as an office prints them (issue 18), laid out as <see cref="PrintedTable"/>s from a
/// store with three entries on one day, a credit-balance account and an expense account with two sub-accounts.
/// </summary>
public sealed class BookTablesTests
{
    private static readonly Period Quarter = Period.Parse("2024-Q1").Value;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        var admin = _ledger.As("zhang");
        TestLedger.Ok(admin.Accounts.AddSubAccount(TestLedger.Collective, "51301", "管理费用-办公费"));
        TestLedger.Ok(admin.Accounts.AddSubAccount(TestLedger.Collective, "51302", "管理费用-水电费"));
        Posted("2024-01-05", "收取鱼塘承包费", "10201:40000.00:", "501::40000.00");
        Posted("2024-01-05", "购买办公用品", "51301:300.00:", "10201::300.00");
        Posted("2024-01-05", "支付水电费", "51302:200.00:", "10201::200.00");
        Posted("2024-01-20", "欠付建材款", "511:1000.00:", "211::1000.00:建材公司");
        Posted("2024-02-10", "购买办公用品", "51301:100.00:", "10201::100.00");
        Posted("2024-03-04", "归还建材款", "211:400.00::建材公司", "10201::400.00");
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private void Posted(string date, string summary, params string[] lines) => _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, summary, lines));

    [Test]
    public void The_journal_totals_a_busy_day_each_month_and_the_year_so_far()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.JournalTable(TestLedger.Collective, "10201", Quarter));

        Assert.That(table.Title, Is.EqualTo("银行存款日记账"));
        Assert.That(table.Heading, Does.Contain("编制单位：东风村股份经济合作社").And.Contain("单位：元").And.Contain("期间：2024年1月至3月"));
        Assert.That(table.Columns.Select(c => c.Header), Is.EqualTo(new[] { "2024年/月", "2024年/日", "凭证字号", "摘要", "对方科目", "借方", "贷方", "余额" }));
        Assert.That(table.Rows[0].Kind, Is.EqualTo(PrintedRowKind.Opening));
        Assert.That(table.Rows[0].Cells[3].Text, Is.EqualTo("上年结转"), "a book that starts the year starts from last year's carry");
        var dayTotals = table.Rows.Where(r => r.Kind == PrintedRowKind.DayTotal).ToList();
        Assert.That(dayTotals, Has.Count.EqualTo(1), "only 5 January has more than one entry");
        Assert.That(Figures(dayTotals[0], 5, 6, 7), Is.EqualTo(new[] { "40000.00", "500.00", "39500.00" }));
        Assert.That(table.Rows.Where(r => r.Kind == PrintedRowKind.MonthTotal).Select(r => Figures(r, 5, 6, 7)),
            Is.EqualTo(new[] { new[] { "40000.00", "500.00", "39500.00" }, ["0.00", "100.00", "39400.00"], ["0.00", "400.00", "39000.00"] }));
        Assert.That(table.Rows.Where(r => r.Kind == PrintedRowKind.YearTotal).Select(r => Figures(r, 5, 6)),
            Is.EqualTo(new[] { new[] { "40000.00", "500.00" }, ["40000.00", "600.00"], ["40000.00", "1000.00"] }));
        var entries = table.Rows.Where(r => r.Kind == PrintedRowKind.Entry).ToList();
        Assert.That(entries.Select(r => r.Cells[4].Text), Is.EqualTo(new[] { "经营收入", "管理费用", "管理费用", "管理费用", "应付款" }));
        Assert.That(entries[0].Cells[2].Text, Is.EqualTo("记-1"));
    }

    [Test]
    public void A_journal_that_starts_inside_the_year_starts_from_the_balance_brought_forward()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.JournalTable(TestLedger.Collective, "102", Period.Parse("2024-02").Value));

        Assert.That(table.Rows[0].Cells[3].Text, Is.EqualTo("期初余额"));
        Assert.That(table.Rows[0].Cells[7].Amount, Is.EqualTo(Money.Parse("39500.00").Value));
        Assert.That(Figures(table.Rows.Single(r => r.Kind == PrintedRowKind.YearTotal), 5, 6, 7), Is.EqualTo(new[] { "40000.00", "600.00", "39400.00" }),
            "本年累计 counts January, which the period leaves out");
    }

    [Test]
    public void The_detail_ledger_shows_a_credit_balance_as_credit_and_unsigned()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.LedgerTable(TestLedger.Collective, "211", Quarter, LedgerKind.Detail));

        Assert.That(table.Title, Is.EqualTo("明细账"));
        Assert.That(table.Columns.Select(c => c.Header).Skip(2), Is.EqualTo(new[] { "凭证字号", "摘要", "借方", "贷方", "借或贷", "余额" }));
        Assert.That(table.Rows.Select(r => r.Cells[6].Text), Is.EqualTo(new[] { "平", "贷", "贷", "贷", "贷", "贷", "贷", "贷", "贷" }));
        Assert.That(table.Rows.Where(r => r.Kind == PrintedRowKind.Entry).Select(r => r.Cells[7].Text), Is.EqualTo(new[] { "1,000.00", "600.00" }));
        Assert.That(table.Rows.Where(r => r.Kind == PrintedRowKind.Entry).Select(r => r.Cells[7].Amount!.Value.IsNegative), Has.None.True);
    }

    [TestCase("10201")] // a debit balance
    [TestCase("211")] // a credit balance
    [TestCase("513")] // a level-1 account over its sub-accounts
    public void The_general_ledgers_months_equal_the_trial_balance_of_each_month(string code)
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.LedgerTable(TestLedger.Collective, code, Quarter, LedgerKind.General));

        var months = table.Rows.Where(r => r.Kind == PrintedRowKind.MonthTotal).ToList();
        Assert.That(table.Title, Is.EqualTo("总账"));
        Assert.That(table.Rows.Select(r => r.Kind).Distinct(), Is.EquivalentTo(new[] { PrintedRowKind.Opening, PrintedRowKind.MonthTotal, PrintedRowKind.YearTotal }));
        foreach (var (row, month) in months.Zip(Quarter.Months()))
        {
            var trial = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfMonth(month))).Rows.Single(r => r.Code == code);
            Assert.That(row.Cells[4].Amount, Is.EqualTo(trial.PeriodDebit), $"{code} debits in {month}");
            Assert.That(row.Cells[5].Amount, Is.EqualTo(trial.PeriodCredit), $"{code} credits in {month}");
            Assert.That(row.Cells[7].Amount, Is.EqualTo(trial.ClosingNet.Abs()), $"{code} balance at the end of {month}");
            Assert.That(row.Cells[6].Text, Is.EqualTo(trial.ClosingNet.IsPositive ? "借" : trial.ClosingNet.IsNegative ? "贷" : "平"));
        }
    }

    [Test]
    public void The_columnar_ledgers_sub_account_columns_sum_to_its_debit_column()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.LedgerTable(TestLedger.Collective, "513", Quarter, LedgerKind.Columnar));

        Assert.That(table.Title, Is.EqualTo("多栏账"));
        Assert.That(table.Columns.Skip(8).Select(c => c.Header), Is.EqualTo(new[] { "借方金额分析/办公费", "借方金额分析/水电费" }));
        var summed = table.Rows.Where(r => r.Kind is PrintedRowKind.Entry or PrintedRowKind.MonthTotal or PrintedRowKind.YearTotal).ToList();
        Assert.That(summed, Has.Count.EqualTo(9), "three entries, and two totals for each of three months");
        foreach (var row in summed)
        {
            Assert.That(Money.Sum(row.Cells.Skip(8).Select(c => c.Amount ?? Money.Zero)), Is.EqualTo(row.Cells[4].Amount), $"{row.Kind} {row.Cells[3].Text}");
        }
        Assert.That(table.Rows.Last().Cells.Skip(8).Select(c => c.Text), Is.EqualTo(new[] { "400.00", "200.00" }), "本年累计 per sub-account");
    }

    [Test]
    public void An_account_without_entries_prints_its_opening_and_its_months_totals()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.JournalTable(TestLedger.Collective, "101", Quarter));

        Assert.That(table.Rows.Select(r => r.Kind), Is.EqualTo(new[]
        {
            PrintedRowKind.Opening, PrintedRowKind.MonthTotal, PrintedRowKind.YearTotal, PrintedRowKind.MonthTotal, PrintedRowKind.YearTotal,
            PrintedRowKind.MonthTotal, PrintedRowKind.YearTotal,
        }));
        Assert.That(table.Rows.Select(r => r.Cells[7].Text).Distinct(), Is.EqualTo(new[] { "0.00" }));
    }

    [TestCase("10299", "line.account-unknown")] // a bank account that is not in the chart
    [TestCase("501", "journal.account")] // an income account keeps no journal
    public void Refuses_a_journal_of_an_account_that_keeps_none(string code, string refusal)
    {
        Refusals.Expect(_ledger.Reader.Books.JournalTable(TestLedger.Collective, code, Quarter), refusal);
    }

    [Test]
    public void Refuses_the_books_of_a_book_that_does_not_exist()
    {
        var missing = Core.Books.BookRef.Parse("V009/collective").Value;

        Refusals.Expect(_ledger.Reader.Books.LedgerTable(missing, "101", Quarter, LedgerKind.Detail), "book.unknown");
        Refusals.Expect(_ledger.Reader.Books.StatementTables(missing, Quarter), "book.unknown");
    }

    private static string[] Figures(PrintedRow row, params int[] columns) => columns.Select(c => row.Cells[c].Amount!.Value.ToString()).ToArray();
}
