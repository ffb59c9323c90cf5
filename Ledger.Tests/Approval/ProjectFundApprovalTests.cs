using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Approval;

/// <summary>A project of 241 or 231 spends only what it has received, counting posted and approved vouchers (issue 19).</summary>
public sealed class ProjectFundApprovalTests
{
    private static readonly Period March = Period.Parse("2024-03").Value;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-01", "运转经费", "10201:50000.00:", "503::50000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-02", "收到村道硬化专项资金", "10201:10000.00:", "241::10000.00::村道硬化"));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Submit(string date, params string[] lines) =>
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Committee, date, "支付工程款", lines)));

    [Test]
    public void Spending_beyond_what_the_project_received_is_refused_with_the_project_named()
    {
        var first = Submit("2024-03-10", "241:8000.00:::村道硬化", "10201::8000.00");
        var second = Submit("2024-03-20", "241:4000.00:::村道硬化", "10201::4000.00");

        // The run approves the first, then counts it against the second.
        var report = TestLedger.Ok(_ledger.As("li").Approvals.Run(March));

        Assert.That(report.NotApproved.Select(o => o.Id), Is.EqualTo(new[] { second }));
        var reason = report.NotApproved.Single().Reason!;
        Assert.That(reason.Zh, Does.Contain("项目“村道硬化”已收 10000.00，连同本凭证支出 12000.00，超出所收"));
        Assert.That(reason.En, Does.Contain("project '村道硬化' received 10000.00"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(first)).Voucher.Status, Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void Spending_within_what_the_project_received_passes_and_other_projects_are_not_counted()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-03", "收到一事一议筹资", "10201:3000.00:", "231::3000.00::文化礼堂"));
        var road = Submit("2024-03-10", "241:10000.00:::村道硬化", "10201::10000.00");
        var hall = Submit("2024-03-11", "231:3000.00:::文化礼堂", "10201::3000.00");
        var unnamed = Submit("2024-03-12", "231:500.00:", "10201::500.00");

        TestLedger.Ok(_ledger.As("li").Approvals.Approve(road));
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(hall));
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(unnamed));

        var overHall = Submit("2024-03-13", "231:0.01:::文化礼堂", "10201::0.01");
        Assert.That(Refusals.Expect(_ledger.As("li").Approvals.Approve(overHall), "approval.refused"), Does.Contain("文化礼堂"));
    }

    [Test]
    public void The_project_ledger_shows_what_each_project_received_spent_and_has_left()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-10", "支付工程款", "241:8000.00:::村道硬化", "10201::8000.00"));

        var funds = TestLedger.Ok(_ledger.Reader.Dimensions.Projects(TestLedger.Committee, "241", March));

        var road = funds.Projects.Single();
        Assert.That((road.Project, road.Received.ToString(), road.Spent.ToString(), road.Remaining.ToString()), Is.EqualTo(("村道硬化", "10000.00", "8000.00", "2000.00")));
        Refusals.Expect(_ledger.Reader.Dimensions.Projects(TestLedger.Committee, "112", March), "projects.account");
    }
}
