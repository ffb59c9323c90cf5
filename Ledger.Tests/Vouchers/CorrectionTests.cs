using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Vouchers;

/// <summary>A rejected voucher goes back to its clerk, who withdraws or corrects it and submits it again.</summary>
public sealed class CorrectionTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Submit() =>
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:100.00:", "501::100.00")));

    [Test]
    public void A_rejected_voucher_is_corrected_and_submitted_again_with_its_history()
    {
        var id = Submit();
        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(id, "金额有误"));

        TestLedger.Ok(_ledger.As("wang").Vouchers.Edit(id, TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金（更正）", "10201:120.00:", "501::120.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(id));

        var details = TestLedger.Ok(_ledger.Reader.Vouchers.Show(id));
        Assert.That(details.Voucher.Total.ToString(), Is.EqualTo("120.00"));
        Assert.That(details.Voucher.Status, Is.EqualTo(VoucherStatus.Approved));
        Assert.That(details.History.Select(h => h.Action), Is.EqualTo(new[] { "submitted", "rejected", "edited", "approved" }));
    }

    [Test]
    public void Editing_clears_the_approvals_given_so_far()
    {
        TestLedger.Ok(_ledger.As("zhang").Approvals.ImportPolicy(Ledger.Core.Seeds.ReadText("approval-policy.json").Replace("\"budget_required\": true", "\"budget_required\": false", StringComparison.Ordinal)));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:10000.00:", "501::10000.00"));
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "付款", "511:3000.00:", "10201::3000.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(id));

        TestLedger.Ok(_ledger.As("wang").Vouchers.Edit(id, TestLedger.Draft(TestLedger.Collective, "2024-03-05", "付款", "511:3100.00:", "10201::3100.00")));

        Assert.That(_ledger.Reader.Approvals.Pending(Period.Parse("2024-03").Value).Single().ApprovedBy, Is.Empty);
    }

    [Test]
    public void Only_the_preparer_withdraws_or_edits_and_never_a_posted_voucher()
    {
        var id = Submit();
        Refusals.Expect(_ledger.As("zhao").Vouchers.Withdraw(id), "access.not-preparer");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(id));
        TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.Parse("2024-03").Value));

        Refusals.Expect(_ledger.As("wang").Vouchers.Withdraw(id), "voucher.status");
        Refusals.Expect(_ledger.As("wang").Vouchers.Edit(id, TestLedger.Draft(TestLedger.Collective, "2024-03-05", "x", "10201:1.00:", "501::1.00")), "voucher.status");
    }

    [Test]
    public void A_corrected_file_can_be_imported_again_after_a_rejection()
    {
        var path = Path.Combine(Path.GetTempPath(), $"march-{Guid.NewGuid()}.csv");
        File.WriteAllText(path, "日期,凭证号,摘要,科目编码,借方金额,贷方金额\n2024-03-05,记-1,租金,10201,100.00,\n,,,501,,100.00\n");
        using (var first = File.OpenRead(path))
        {
            TestLedger.Ok(_ledger.As("wang").Imports.Vouchers(path, first, new Ledger.Core.Import.VoucherImportOptions(TestLedger.Collective)));
        }
        var id = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value)).Single().Id;
        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(id, "附件不全"));
        File.AppendAllText(path, "\n");

        using var second = File.OpenRead(path);
        TestLedger.Ok(_ledger.As("wang").Imports.Vouchers(path, second, new Ledger.Core.Import.VoucherImportOptions(TestLedger.Collective)));
        File.Delete(path);

        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value)).Select(v => v.Status),
            Is.EquivalentTo(new[] { VoucherStatus.Rejected, VoucherStatus.Submitted }));
    }
}
