using Dapper;
using Ledger.Core;
using Ledger.Core.Audit;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Audit;

/// <summary>Each audit rule finds what it should in a book built for it, and says why in both languages.</summary>
public sealed class AuditRuleTests
{
    private static readonly Period March = Period.Parse("2024-03").Value;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "投入资本", "10201:100000.00:", "301::100000.00") with { AttachmentCount = 1 });
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Post(string date, string summary, int attachments, params string[] lines) =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, summary, lines) with { AttachmentCount = attachments });

    /// <summary>The township's default policy, whose limits and tiers the audit applies (the setup used a lenient one).</summary>
    private void UseDefaultPolicy() => TestLedger.Ok(_ledger.As("zhang").Approvals.ImportPolicy(Seeds.ReadText("approval-policy.json")));

    private IReadOnlyList<Finding> Findings(int rule) => _ledger.Reader.Audit.Run(March).Where(f => f.Rule == rule).ToList();

    [Test]
    public void Rule_1_finds_a_payment_without_attachments()
    {
        var id = Post("2024-03-05", "付款", 0, "511:300.00:", "10201::300.00");
        Post("2024-03-06", "付款", 2, "511:300.00:", "10201::300.00");

        var finding = Findings(1).Single();

        Assert.That(finding.Vouchers, Is.EqualTo(new[] { id.Value }));
        Assert.That(finding.Why.Zh, Does.Contain("附件数为 0"));
        Assert.That(finding.Why.En, Does.Contain("no attachment"));
    }

    [Test]
    public void Rule_2_and_3_find_large_cash_payments_and_cash_piling_up()
    {
        Post("2024-03-02", "提现", 1, "101:8000.00:", "10201::8000.00");
        var cash = Post("2024-03-05", "现金付款", 1, "511:1500.00:", "101::1500.00");
        UseDefaultPolicy();

        Assert.That(Findings(2).Single().Vouchers, Is.EqualTo(new[] { cash.Value }));
        Assert.That(Findings(3).Single().Why.En, Does.Contain("2024-03-02").And.Contain("over the limit of 5000.00"));
    }

    [Test]
    public void Rule_4_finds_cash_received_and_not_banked_within_three_days()
    {
        var late = Post("2024-03-05", "收取现金租金", 1, "101:600.00:", "501::600.00");
        var banked = Post("2024-03-10", "收取现金租金", 1, "101:400.00:", "501::400.00");
        Post("2024-03-11", "存现", 1, "10201:400.00:", "101::400.00");

        Assert.That(Findings(4).SelectMany(f => f.Vouchers), Is.EqualTo(new[] { late.Value }));
        Assert.That(Findings(4).SelectMany(f => f.Vouchers), Does.Not.Contain(banked.Value));
    }

    [Test]
    public void Rule_5_finds_payments_split_below_a_tier_and_rule_6_the_same_payment_twice()
    {
        var first = Post("2024-03-05", "购材料", 1, "511:600.00::建材店", "10201::600.00");
        var second = Post("2024-03-08", "购材料", 1, "511:700.00::建材店", "10201::700.00");
        var again = Post("2024-03-20", "购水泥", 1, "511:250.00::水泥厂", "10201::250.00");
        var twice = Post("2024-03-21", "购水泥", 1, "511:250.00::水泥厂", "10201::250.00");
        UseDefaultPolicy();

        var split = Findings(5).Single(f => f.Vouchers.Contains(first.Value));
        Assert.That(split.Vouchers, Is.EquivalentTo(new[] { first.Value, second.Value }));
        Assert.That(split.Amount, Is.EqualTo(Money.Parse("1300.00").Value));
        Assert.That(Findings(6).Single().Vouchers, Is.EquivalentTo(new[] { again.Value, twice.Value }));
    }

    [Test]
    public void Rule_9_finds_a_large_payment_posted_without_its_resolution_or_approvals()
    {
        // The lenient test policy let it through; the township's default policy in force now says what was missing.
        var id = Post("2024-03-05", "工程款", 3, "153:20000.00:", "10201::20000.00");
        UseDefaultPolicy();

        var findings = Findings(9).Where(f => f.Vouchers.Contains(id.Value)).Select(f => f.Code).ToList();

        Assert.That(findings, Is.EquivalentTo(new[] { "no-resolution", "missing-approval" }));
    }

    [Test]
    public void Rule_10_finds_spending_without_a_budget()
    {
        Post("2024-03-05", "办公费", 1, "513:100.00:", "10201::100.00");
        Assert.That(Findings(10), Is.Empty, "the lenient policy of the setup requires no budget");
        UseDefaultPolicy();

        Assert.That(Findings(10).Single().Why.En, Does.Contain("has no approved 2024 budget"));
    }

    [Test]
    public void Rule_11_finds_a_receivable_that_has_not_moved_for_a_year()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2023-01-09", "收款", "10201:5000.00:", "501::5000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2023-01-10", "借款给张三", "112:5000.00::张三", "10201::5000.00"));

        var finding = Findings(11).Single();

        Assert.That(finding.Why.En, Does.Contain("112 张三 has stood at 5000.00 since 2023-01-10"));
    }

    [Test]
    public void Rule_19_finds_internal_legs_that_do_not_cancel()
    {
        Post("2024-03-05", "拨付村委会", 1, "113:500.00::村委会", "10201::500.00");

        Assert.That(Findings(19).Single().Amount, Is.EqualTo(Money.Parse("500.00").Value));
    }

    private VoucherId PostIn(Ledger.Core.Books.BookRef book, string date, string summary, params string[] lines) =>
        _ledger.Posted(TestLedger.Draft(book, date, summary, lines) with { AttachmentCount = 1 });

    [Test]
    public void Rule_17_finds_spending_on_meals_and_gifts_by_summary_account_or_counterparty()
    {
        var banquet = Post("2024-03-05", "宴请镇检查组", 1, "513:860.00:", "10201::860.00");
        var restaurant = Post("2024-03-06", "结算三月份费用", 1, "513:420.00::东风饭店", "10201::420.00");
        Post("2024-03-07", "购买办公用品", 1, "513:300.00:", "10201::300.00");
        // A trip's lodging and a meal allowance are not hospitality.
        Post("2024-03-08", "出差住宿费", 1, "513:380.00::如家酒店", "10201::380.00");
        Post("2024-03-09", "防汛值班误餐补贴", 1, "513:150.00:", "10201::150.00");

        var findings = Findings(17);

        Assert.That(findings.SelectMany(f => f.Vouchers), Is.EquivalentTo(new[] { banquet.Value, restaurant.Value }));
        var first = findings.Single(f => f.Vouchers.Contains(banquet.Value));
        Assert.That(first.Amount, Is.EqualTo(Money.Parse("860.00").Value));
        Assert.That(first.Why.Zh, Does.Contain("“宴请”").And.Contain("513 管理费用"));
        Assert.That(first.Why.En, Does.Contain("forbidden or capped"));
        Assert.That(first.RuleTitle.Zh, Does.Contain("招待费"));
    }

    [Test]
    public void Rule_18_finds_an_earmarked_project_that_paid_out_more_than_it_received()
    {
        var committee = TestLedger.Committee;
        FundCommittee();
        PostIn(committee, "2024-02-05", "收到道路硬化专项资金", "10201:80000.00:", "241::80000.00::道路硬化");
        PostIn(committee, "2024-02-06", "收到水利专项资金", "10201:10000.00:", "241::10000.00::小型水利");
        // Approval lets a project spend only what it has received (issue 19): the overspending this rule finds comes
        // from a receipt reversed after the money was spent.
        var mistaken = PostIn(committee, "2024-02-07", "收到道路硬化专项资金", "10201:10000.00:", "241::10000.00::道路硬化");
        var first = PostIn(committee, "2024-03-05", "支付道路硬化工程款", "241:50000.00:::道路硬化", "10201::50000.00");
        var second = PostIn(committee, "2024-03-20", "支付道路硬化工程尾款", "241:40000.00:::道路硬化", "10201::40000.00");
        PostIn(committee, "2024-03-21", "支付水利工程款", "241:5000.00:::小型水利", "10201::5000.00");
        TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(mistaken, "重复入账", new DateOnly(2024, 3, 25)));

        var finding = Findings(18).Single();

        Assert.That(finding.Book, Is.EqualTo(committee));
        Assert.That(finding.Amount, Is.EqualTo(Money.Parse("10000.00").Value));
        Assert.That(finding.Vouchers, Is.EquivalentTo(new[] { first.Value, second.Value }));
        Assert.That(finding.Why.En, Does.Contain("241 道路硬化 received 80000.00 and paid out 90000.00"));
        Assert.That(finding.Why.Zh, Does.Contain("超支 10000.00"));
    }

    /// <summary>Money in the committee's bank, so that it can pay out.</summary>
    private void FundCommittee() => PostIn(TestLedger.Committee, "2024-02-01", "收到运转经费", "10201:10000.00:", "503::10000.00");

    [Test]
    public void Rule_19_finds_113_balances_that_do_not_mirror_between_the_two_books()
    {
        FundCommittee();
        PostIn(TestLedger.Committee, "2024-03-05", "拨付合作社", "113:500.00::股份经济合作社", "10201::500.00");
        PostIn(TestLedger.Collective, "2024-03-06", "收到村委会拨款", "10201:300.00:", "113::300.00:村委会");

        var mirror = Findings(19).Single(f => f.Code == "internal-mirror");

        Assert.That(mirror.Book, Is.EqualTo(TestLedger.Committee));
        Assert.That(mirror.Amount, Is.EqualTo(Money.Parse("200.00").Value));
        Assert.That(mirror.Why.En, Does.Contain("a debit of 500.00").And.Contain("a credit of 300.00").And.Contain("200.00 apart"));
        Assert.That(Findings(19).Where(f => f.Code == "internal-name"), Is.Empty);
    }

    [Test]
    public void Rule_19_names_the_months_of_the_period_when_the_gap_began_before_it()
    {
        FundCommittee();
        PostIn(TestLedger.Committee, "2024-02-20", "拨付合作社", "113:500.00::股份经济合作社", "10201::500.00");
        PostIn(TestLedger.Committee, "2024-03-20", "拨付合作社", "113:300.00::股份经济合作社", "10201::300.00");

        var mirror = Findings(19).Single(f => f.Code == "internal-mirror");

        Assert.That(mirror.Amount, Is.EqualTo(Money.Parse("800.00").Value));
        Assert.That(mirror.Why.Zh, Does.Contain("相差 800.00；本期各月相差：2024-03 300.00"));
    }

    [Test]
    public void Rule_19_finds_a_transfer_booked_a_month_late_as_legs_that_do_not_cancel_in_the_month()
    {
        FundCommittee();
        PostIn(TestLedger.Committee, "2024-02-27", "拨付合作社", "113:500.00::股份经济合作社", "10201::500.00");
        PostIn(TestLedger.Collective, "2024-03-02", "收到村委会拨款", "10201:500.00:", "113::500.00:村委会");

        var february = _ledger.Reader.Audit.Run(Period.Parse("2024-02").Value).Where(f => f.Rule == 19).ToList();
        var march = Findings(19);

        Assert.That(february.Single().Code, Is.EqualTo("internal-mirror"));
        Assert.That(february.Single().Why.En, Does.Contain("with the collective stands at a debit of 500.00").And.Contain("with the committee at zero"));
        Assert.That(march.Single().Code, Is.EqualTo("internal"), "by the end of March the balances mirror; March's leg is the late one");
        Assert.That(march.Single().Amount, Is.EqualTo(Money.Parse("500.00").Value));
    }

    [Test]
    public void Rule_19_finds_a_committee_113_balance_that_names_neither_book_and_passes_mirrored_ones()
    {
        FundCommittee();
        PostIn(TestLedger.Committee, "2024-03-05", "拨付合作社", "113:500.00::东风村股份经济合作社", "10201::500.00");
        PostIn(TestLedger.Collective, "2024-03-05", "收到村委会拨款", "10201:500.00:", "113::500.00:东风村村民委员会");
        var stray = PostIn(TestLedger.Committee, "2024-03-08", "借给张三", "113:200.00::张三", "10201::200.00");
        // The collective's 113 with a household is what the account is for.
        PostIn(TestLedger.Collective, "2024-03-09", "农户借款", "113:100.00::李四", "10201::100.00");

        var names = Findings(19).Where(f => f.Code == "internal-name").ToList();

        Assert.That(Findings(19).Where(f => f.Code == "internal-mirror"), Is.Empty, "500.00 out of one book and into the other mirror");
        Assert.That(Findings(19).Where(f => f.Code == "internal"), Is.Empty, "legs with 张三 and 李四 are not legs between the books");
        Assert.That(names.Single().Vouchers, Is.EqualTo(new[] { stray.Value }));
        Assert.That(names.Single().Book, Is.EqualTo(TestLedger.Committee));
        Assert.That(names.Single().Why.Zh, Does.Contain("“张三”借方余额 200.00").And.Contain("股份经济合作社"));
    }

    [Test]
    public void Rule_20_finds_gaps_in_posted_numbers_and_back_dated_entries()
    {
        Post("2024-03-05", "付款", 1, "511:1.00:", "10201::1.00");
        _ledger.Tamper("UPDATE voucher_posting SET number = 7 WHERE number = 2 AND month = 202403");
        _ledger.Clock.Now = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero);
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-28", "迟到的凭证", "511:2.00:", "10201::2.00") with { AttachmentCount = 1 });

        var codes = Findings(20).Select(f => f.Code).ToList();

        Assert.That(codes, Does.Contain("number-gap").And.Contain("back-dated"));
    }

    [Test]
    public void Rule_20_finds_a_gap_in_a_words_own_numbers()
    {
        Post("2024-03-05", "付款", 1, "511:1.00:", "10201::1.00");
        _ledger.Tamper("UPDATE voucher_posting SET word_number = 9 WHERE number = 2 AND month = 202403");

        var gap = Findings(20).Single(f => f.Code == "number-gap");

        Assert.That(gap.Why.Zh, Does.Contain("2:记-9"));
    }

    [Test]
    public void The_report_counts_findings_by_every_rule_checked_and_by_every_village()
    {
        Post("2024-03-05", "宴请镇检查组", 1, "513:860.00:", "10201::860.00");
        Post("2024-03-06", "购买礼品", 1, "513:140.00:", "10201::140.00");

        var report = _ledger.Reader.Audit.Report(March);

        Assert.That(report.ByRule.Select(r => r.Rule.Number), Is.EqualTo(AuditRule.Checked.Select(r => r.Number)));
        var hospitality = report.ByRule.Single(r => r.Rule.Number == 17);
        Assert.That((hospitality.Count, hospitality.Amount), Is.EqualTo((2, Money.Parse("1000.00").Value)));
        Assert.That(report.ByRule.Where(r => r.Rule.Number != 17).Sum(r => r.Count), Is.Zero);
        Assert.That(report.ByVillage.Select(v => (v.Village.Value, v.Name, v.Committee, v.Collective)),
            Is.EqualTo(new[] { ("V001", "东风村", 0, 2), ("V002", "红旗村", 0, 0) }));
    }

    [Test]
    public void Every_rule_has_a_title_that_says_what_it_checks_in_both_languages()
    {
        Assert.That(AuditRule.Checked.Select(r => r.Number), Is.Unique.And.Ordered);
        Assert.That(AuditRule.Checked.Where(r => r.Title.Zh.Length == 0 || r.Title.En.Length == 0 || r.Title.En.Contains("domain.md") || r.Title.En.StartsWith("rule")), Is.Empty);
    }

    [Test]
    public void A_clean_month_has_no_findings()
    {
        Assert.That(_ledger.Reader.Audit.Run(March), Is.Empty);
    }
}
