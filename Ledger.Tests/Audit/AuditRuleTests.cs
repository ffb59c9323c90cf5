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

    [Test]
    public void Rule_20_finds_gaps_in_posted_numbers_and_back_dated_entries()
    {
        Post("2024-03-05", "付款", 1, "511:1.00:", "10201::1.00");
        _ledger.Database.Connection.Execute("DROP TRIGGER voucher_posted_is_immutable");
        _ledger.Database.Connection.Execute("UPDATE voucher SET number = 7 WHERE number = 2 AND month = 202403");
        _ledger.Clock.Now = new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero);
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-28", "迟到的凭证", "511:2.00:", "10201::2.00") with { AttachmentCount = 1 });

        var codes = Findings(20).Select(f => f.Code).ToList();

        Assert.That(codes, Does.Contain("number-gap").And.Contain("back-dated"));
    }

    [Test]
    public void A_clean_month_has_no_findings()
    {
        Assert.That(_ledger.Reader.Audit.Run(March), Is.Empty);
    }
}
