using Ledger.Core.Bank;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Bank;

/// <summary>The 银行存款余额调节表 from the statement's opening balance, with lines in transit, and fixed once the month is closed.</summary>
public sealed class BankReconciliationTests
{
    private static readonly Month January = Month.Of(new DateOnly(2024, 1, 1));

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private void Import(string text, string file) =>
        TestLedger.Ok(_ledger.As("wang").Bank.ImportStatement(file, BankFixtures.GbkStream(text), TestLedger.Collective, "102"));

    private void Match(string period) => TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse(period).Value));

    private BankReconciliation Reconcile(string period) => TestLedger.Ok(_ledger.Reader.Bank.Reconcile(TestLedger.Collective, "102", Period.Parse(period).Value));

    private void RequireReconciliation() => TestLedger.Ok(_ledger.As("zhang").Approvals.ImportPolicy(BankFixtures.ReconciliationRequiredPolicy));

    private static string Fingerprint(BankReconciliation r) =>
        $"{r.BookBalance} {r.BankBalance} {r.AdjustedBookBalance} {r.AdjustedBankBalance} {r.Difference} {r.IsReconciled} "
        + string.Join(";", r.BankNotBooked) + " | " + string.Join(";", r.BookedNotBanked) + " | " + string.Join(";", r.BeforeStatement);

    [Test]
    public void The_books_opening_dated_before_the_statements_first_line_is_settled_by_the_statements_opening()
    {
        // Issue 16.5a: the opening 10,000 of 02-01 was listed as an unmatched book line, so the adjusted balances
        // differed by exactly the opening and March never reconciled. The rent booked on 03-04 and cleared on 03-05
        // is also dated before the statement's first line: it is matched, not settled.
        BankFixtures.PostMarch(_ledger);
        Import(BankFixtures.MarchCsv, "march.csv");
        Match("2024-03");

        var r = Reconcile("2024-03");

        Assert.That(r.StatementOpening.Fen, Is.EqualTo(1_000_000));
        Assert.That(r.OpeningDifference.IsZero, Is.True);
        Assert.That(r.BeforeStatement.Single().Summary, Is.EqualTo("期初存款"));
        Assert.That(r.BookedNotBanked, Is.Empty);
        Assert.That(r.BankNotBooked.Single().Summary, Does.Contain("张某"));
        Assert.That(r.AdjustedBookBalance.Fen, Is.EqualTo(1_270_000));
        Assert.That(r.AdjustedBankBalance.Fen, Is.EqualTo(1_270_000));
    }

    [Test]
    public void Bank_match_does_not_list_book_lines_dated_before_the_statement_as_unmatched()
    {
        BankFixtures.PostMarch(_ledger);
        Import(BankFixtures.MarchCsv, "march.csv");

        var run = TestLedger.Ok(_ledger.As("zhao").Bank.Match(TestLedger.Collective, "102", Period.Parse("2024-Q1").Value));

        Assert.That(run.Matched, Is.EqualTo(2));
        Assert.That(run.BookUnmatched, Is.Empty, "the statement's opening settles the 10,000 of 02-01");
    }

    [Test]
    public void Book_lines_before_the_statement_that_do_not_add_up_to_its_opening_remain_a_difference_of_exactly_that_much()
    {
        BankFixtures.PostMarch(_ledger);
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-20", "支付电费", "511:300.00:", "10201::300.00"));
        Import(BankFixtures.MarchCsv, "march.csv");
        Match("2024-03");

        var r = Reconcile("2024-03");

        Assert.That(r.OpeningDifference.Fen, Is.EqualTo(-30_000), "the books had 9,700 when the statement opened at 10,000");
        Assert.That(r.BeforeStatement.Select(i => i.Amount.Fen), Is.EqualTo(new long[] { 1_000_000, -30_000 }));
        Assert.That(r.BookedNotBanked, Is.Empty, "lines before the statement are not reconciling items");
        Assert.That(r.Difference.Fen, Is.EqualTo(-30_000));
        Assert.That(r.IsReconciled, Is.False);
    }

    [Test]
    public void A_statement_that_begins_before_the_books_starts_for_them_after_their_first_day()
    {
        // The books begin on 02-01 with the 10,000 the bank already held; the statement runs from 01-15, when the
        // money came in. That line is before the books, not money they lack.
        BankFixtures.PostMarch(_ledger);
        Import(BankFixtures.MarchCsv.Replace("交易日期,交易流水号,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额\n",
            "交易日期,交易流水号,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额\n2024-01-15,S000,转账存入,镇财政所,,,10000.00,10000.00\n", StringComparison.Ordinal)
            .Replace("本页合计,,,,,800.00,3500.00,", "本页合计,,,,,800.00,13500.00,", StringComparison.Ordinal), "since-january.csv");
        Match("2024-Q1");

        var r = Reconcile("2024-03");

        Assert.That(Dapper.SqlMapper.ExecuteScalar<long>(_ledger.Sql, "SELECT count(*) FROM bank_line"), Is.EqualTo(4));
        Assert.That((r.StatementFrom, r.StatementOpening.Fen), Is.EqualTo((new DateOnly(2024, 3, 5), 1_000_000L)));
        Assert.That(r.OpeningDifference.IsZero, Is.True);
        Assert.That(r.BookedNotBanked, Is.Empty);
        Assert.That(r.BankNotBooked.Single().Summary, Does.Contain("张某"));
        Assert.That(r.Difference.IsZero, Is.True);
    }

    [Test]
    public void A_payment_of_January_30_the_bank_clears_on_February_2_is_in_transit_and_January_closes()
    {
        // Issue 16.5b: period close refused with "the statement only reaches 2024-01-25" although the statement runs
        // into February and the adjusted balances agree.
        RequireReconciliation();
        BankFixtures.PostJanuary(_ledger);
        Import(BankFixtures.JanuaryCsv, "stmt-2024-01.csv");
        Match("2024-Q1");

        var r = Reconcile("2024-01");
        var closed = _ledger.As("zhao").Periods.Close(January, TestLedger.Collective);

        var inTransit = r.BookedNotBanked.Single();
        Assert.That(inTransit.Amount.Fen, Is.EqualTo(-200_000));
        Assert.That(inTransit.ClearedOn, Is.EqualTo(new DateOnly(2024, 2, 2)));
        Assert.That(r.InTransit, Is.EqualTo(r.BookedNotBanked));
        Assert.That(r.BeforeStatement.Single().Summary, Is.EqualTo("期初存款"));
        Assert.That(r.AdjustedBookBalance.Fen, Is.EqualTo(1_000_000));
        Assert.That(r.AdjustedBankBalance.Fen, Is.EqualTo(1_000_000));
        Assert.That(r.IsReconciled, Is.True);
        TestLedger.Ok(closed);
    }

    [Test]
    public void A_payment_not_yet_on_any_statement_is_in_transit_when_the_statement_runs_past_the_months_end()
    {
        RequireReconciliation();
        BankFixtures.PostJanuary(_ledger);
        Import(BankFixtures.JanuaryCsv, "stmt-2024-01.csv");
        Match("2024-01");

        var r = Reconcile("2024-01");

        Assert.That(r.InTransit.Single().Amount.Fen, Is.EqualTo(-200_000));
        Assert.That(r.InTransit.Single().ClearedOn, Is.Null, "not matched yet");
        Assert.That(r.IsReconciled, Is.True);
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(January, TestLedger.Collective));
    }

    [Test]
    public void A_month_the_statement_does_not_reach_past_its_last_voucher_still_cannot_close()
    {
        RequireReconciliation();
        BankFixtures.PostJanuary(_ledger);
        Import(string.Join("\n", BankFixtures.JanuaryCsv.Split('\n').Where(l => !l.StartsWith("2024-02-02", StringComparison.Ordinal)))
            .Replace("本页合计,,,,,3000.00,3000.00,", "本页合计,,,,,1000.00,3000.00,", StringComparison.Ordinal), "stmt-2024-01.csv");
        Match("2024-01");

        var refused = _ledger.As("zhao").Periods.Close(January, TestLedger.Collective);

        Assert.That(Reconcile("2024-01").NotReachedByStatement.Single().Amount.Fen, Is.EqualTo(-200_000));
        Assert.That(refused.Refusals.Single().Message.En, Does.Contain("the statement only reaches 2024-01-25"));
    }

    [Test]
    public void Reversing_January_vouchers_in_February_leaves_Januarys_closed_reconciliation_unchanged()
    {
        // Issue 16.5c: two January vouchers reversed in February dropped out of January's reconciliation, which then
        // differed by their sum and could not be closed again once reopened.
        RequireReconciliation();
        BankFixtures.PostJanuary(_ledger);
        var duplicate = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-26", "重复支付工程款 宏达建筑队", "511:1000.00:", "10201::1000.00"));
        var fee = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-29", "误记手续费", "511:50.00:", "10201::50.00"));
        Import(BankFixtures.JanuaryCsv, "stmt-2024-01.csv");
        Match("2024-Q1");
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(January, TestLedger.Collective));
        var before = Fingerprint(Reconcile("2024-01"));

        var red1 = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(duplicate, "重复支付", new DateOnly(2024, 2, 1)));
        var red2 = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(fee, "误记", new DateOnly(2024, 2, 1)));
        var january = Reconcile("2024-01");
        var february = Reconcile("2024-02");

        Assert.That((red1.Date, red2.Date), Is.EqualTo((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 1))), "January is closed");
        Assert.That(Fingerprint(january), Is.EqualTo(before));
        Assert.That(january.IsReconciled, Is.True);
        Assert.That(february.BookedNotBanked, Is.Empty, "a reversed voucher and its red-ink reversal cancel and never meet the bank");
        Assert.That(february.IsReconciled, Is.True);
        TestLedger.Ok(_ledger.As("zhang").Periods.Reopen(January, TestLedger.Collective, "补附件"));
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(January, TestLedger.Collective));
        Assert.That(Fingerprint(Reconcile("2024-01")), Is.EqualTo(before));
    }

    [Test]
    public void Matches_undone_after_a_month_is_closed_do_not_change_its_reconciliation()
    {
        RequireReconciliation();
        BankFixtures.PostJanuary(_ledger);
        Import(BankFixtures.JanuaryCsv, "stmt-2024-01.csv");
        Match("2024-Q1");
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(January, TestLedger.Collective));
        var before = Fingerprint(Reconcile("2024-01"));
        _ledger.Clock.Now = _ledger.Clock.Now.AddHours(1);

        var rent = Dapper.SqlMapper.ExecuteScalar<long>(_ledger.Sql, "SELECT id FROM bank_line WHERE serial = 'J001'");
        TestLedger.Ok(_ledger.As("zhao").Bank.Unmatch(rent));

        Assert.That(Fingerprint(Reconcile("2024-01")), Is.EqualTo(before), "January stands as it was closed");
        Assert.That(Reconcile("2024-02").BankNotBooked.Single().Reference, Is.EqualTo(rent), "February, still open, sees the undone match");
    }
}
