using Dapper;
using Ledger.Core.Bank;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Bank;

public sealed class BankStatementTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private Ledger.Core.Result<StatementImport> Import(string text, string file = "march.csv") =>
        _ledger.As("wang").Bank.ImportStatement(file, BankFixtures.GbkStream(text), TestLedger.Collective, "102");

    private long KeptLines => _ledger.Sql.ExecuteScalar<long>("SELECT count(*) FROM bank_line");

    [Test]
    public void Reads_a_GBK_statement_below_its_account_block_with_the_banks_credit_as_money_in_and_skips_the_totals()
    {
        var imported = TestLedger.Ok(Import(BankFixtures.MarchCsv));

        Assert.That(imported.Added, Is.EqualTo(3));
        Assert.That(imported.Account.Value, Is.EqualTo("10201"), "102 names the book's one bank account");
        Assert.That(imported.Opening.Fen, Is.EqualTo(1_000_000));
        Assert.That(imported.Closing.Fen, Is.EqualTo(1_270_000));
        var amounts = _ledger.Sql.Query<long>("SELECT amount_fen FROM bank_line ORDER BY date");
        Assert.That(amounts, Is.EqualTo(new long[] { 300_000, -80_000, 50_000 }));
    }

    [Test]
    public void Reads_an_xlsx_statement_with_the_banks_debit_and_credit_columns()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stmt-{Guid.NewGuid():N}.xlsx");
        SheetFixtures.WriteXlsx(path,
        [
            ["东风村股份经济合作社 对账单", null, null, null, null],
            ["记账日期", "用途", "借方", "贷方", "账户余额"],
            [new DateOnly(2024, 3, 5), "租金", null, 3000m, 13000m],
            [new DateOnly(2024, 3, 12), "维修", 800m, null, 12200m],
        ], "A1:E1");
        try
        {
            using var content = File.OpenRead(path);
            var imported = TestLedger.Ok(_ledger.As("wang").Bank.ImportStatement("stmt.xlsx", content, TestLedger.Collective, "10201"));

            Assert.That(imported.Added, Is.EqualTo(2));
            Assert.That(imported.Closing.Fen, Is.EqualTo(1_220_000));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Refuses_a_statement_with_a_missing_page_naming_the_line_and_keeps_nothing()
    {
        var missingPage = BankFixtures.MarchCsv.Replace("2024-03-15,S003,现金存入,张某,,,500.00,12700.00", "2024-03-15,S003,现金存入,张某,,,500.00,15700.00", StringComparison.Ordinal);

        var result = Import(missingPage);

        Assert.That(result.Refusals.Single().Message.En, Does.StartWith("march.csv:6: 余额: the balance breaks: row 5's balance 12200.00 plus 500.00 makes 12700.00"));
        Assert.That(KeptLines, Is.Zero);
    }

    [Test]
    public void Refuses_a_statement_that_does_not_continue_from_the_one_before()
    {
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv.Replace("10000.00,,10000.00", "9000.00,,9000.00", StringComparison.Ordinal), "february.csv"));

        var result = Import(BankFixtures.MarchCsv);

        Assert.That(result.Refusals.Single().Code, Is.EqualTo("bank.gap"));
        Assert.That(KeptLines, Is.EqualTo(1));
    }

    [Test]
    public void Keeps_each_line_once_however_often_a_statement_is_imported()
    {
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));

        var again = TestLedger.Ok(Import(BankFixtures.MarchCsv, "march-again.csv"));

        Assert.That(again.Added, Is.Zero);
        Assert.That(again.AlreadyKept, Is.EqualTo(3));
        Assert.That(KeptLines, Is.EqualTo(4));
    }

    [Test]
    public void Refuses_a_statement_for_an_account_that_is_not_a_bank_account()
    {
        Assert.That(_ledger.As("wang").Bank.ImportStatement("m.csv", BankFixtures.GbkStream(BankFixtures.MarchCsv), TestLedger.Collective, "101").Refusals.Single().Code, Is.EqualTo("bank.account"));
    }

    [Test]
    public void Matches_by_amount_within_the_window_and_leaves_the_line_no_voucher_explains()
    {
        BankFixtures.PostMarch(_ledger);
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));

        var run = TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse("2024-Q1").Value));

        Assert.That(run.Matched, Is.EqualTo(3));
        Assert.That(run.BankUnmatched.Single().Amount.Fen, Is.EqualTo(50_000));
        Assert.That(run.BookUnmatched, Is.Empty);
    }

    [Test]
    public void Reconciles_the_books_with_the_bank_listing_the_line_only_the_bank_has()
    {
        BankFixtures.PostMarch(_ledger);
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));
        TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse("2024-Q1").Value));

        var r = TestLedger.Ok(_ledger.Reader.Bank.Reconcile(TestLedger.Collective, "102", Period.Parse("2024-03").Value));

        Assert.That(r.BookBalance.Fen, Is.EqualTo(1_220_000));
        Assert.That(r.BankBalance.Fen, Is.EqualTo(1_270_000));
        Assert.That(r.BankNotBooked.Single().Summary, Does.Contain("张某"));
        Assert.That(r.AdjustedBookBalance, Is.EqualTo(r.AdjustedBankBalance));
        Assert.That(r.IsReconciled, Is.False, "money moved through the bank without a voucher");
    }

    [Test]
    public void A_voucher_the_bank_has_not_cleared_is_an_outstanding_item_and_the_balances_still_agree()
    {
        BankFixtures.PostMarch(_ledger);
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-30", "开出支票", "511:200.00:", "10201::200.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-15", "张某交来现金存入", "10201:500.00:", "504::500.00"));
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));
        TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse("2024-Q1").Value));

        var r = TestLedger.Ok(_ledger.Reader.Bank.Reconcile(TestLedger.Collective, "102", Period.Parse("2024-03").Value));

        Assert.That(r.BookedNotBanked.Single().Amount.Fen, Is.EqualTo(-20_000));
        Assert.That(r.Difference.IsZero, Is.True);
        Assert.That(r.IsReconciled, Is.True);
    }

    [Test]
    public void A_match_by_hand_can_be_undone_and_the_undone_match_is_kept()
    {
        BankFixtures.PostMarch(_ledger);
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));
        var lineId = _ledger.Sql.ExecuteScalar<long>("SELECT id FROM bank_line WHERE serial = 'S001'");
        var voucherId = _ledger.Sql.ExecuteScalar<long>("SELECT id FROM voucher WHERE summary LIKE '收取鱼塘%'");

        TestLedger.Ok(_ledger.As("zhao").Bank.MatchByHand(lineId, voucherId));
        var twice = _ledger.As("zhao").Bank.MatchByHand(lineId, voucherId);
        TestLedger.Ok(_ledger.As("zhao").Bank.Unmatch(lineId));

        Assert.That(twice.Refusals.Single().Code, Is.EqualTo("bank.matched"));
        Assert.That(_ledger.Sql.ExecuteScalar<long>("SELECT count(*) FROM bank_match WHERE unmatched_utc IS NOT NULL"), Is.EqualTo(1));
        Assert.That(_ledger.As("zhao").Bank.MatchByHand(lineId, voucherId + 1).Refusals.Single().Code, Is.EqualTo("bank.no-line"), "the repairs voucher pays 800, not 3000");
    }

    [Test]
    public void The_audit_finds_a_bank_line_no_voucher_explains_once_the_grace_days_have_passed()
    {
        BankFixtures.PostMarch(_ledger);
        TestLedger.Ok(Import(BankFixtures.FebruaryCsv, "february.csv"));
        TestLedger.Ok(Import(BankFixtures.MarchCsv));
        TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse("2024-Q1").Value));

        var inMarch = _ledger.Reader.Audit.Run(Period.Parse("2024-03").Value).Where(f => f.Code == "bank-not-booked");
        var inApril = _ledger.Reader.Audit.Run(Period.Parse("2024-04").Value).Where(f => f.Code == "bank-not-booked").ToList();

        Assert.That(inMarch, Is.Empty, "within the 30 grace days");
        Assert.That(inApril.Single().Amount!.Value.Fen, Is.EqualTo(50_000));
    }

    [Test]
    public void A_statement_line_and_a_match_cannot_be_changed_even_in_SQL()
    {
        TestLedger.Ok(Import(BankFixtures.MarchCsv));

        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("UPDATE bank_line SET amount_fen = 1"));
        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("DELETE FROM bank_line"));
    }
}
