using System.Text.Json;
using Ledger.Core;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// What the township office reads after an approval or a posting run (issue 16, item 7): who has signed and who is
/// still needed, and every voucher a posting run left, with its id and why.
/// </summary>
public sealed class ApprovalAndPostingCliTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        _cli.Ok("user", "add", "he", "--role", "village-head", "--village", "V001", "--user", "zhang");
        _cli.Ok("user", "add", "tang", "--role", "finance-group", "--village", "V001", "--user", "zhang");
        _cli.Ok("user", "add", "qian", "--role", "township-accountant", "--user", "zhang");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private long Add(string user, string date, string summary, params string[] lines)
    {
        var args = new List<string> { "voucher", "add", "--book", "V001/collective", "--date", date, "--summary", summary, "--user", user };
        foreach (var line in lines)
        {
            args.AddRange(["--line", line]);
        }
        _cli.Ok([.. args]);
        return JsonDocument.Parse(_cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output).RootElement.EnumerateArray()
            .Max(v => v.GetProperty("id").GetInt64());
    }

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void A_partial_sign_off_prints_who_has_signed_and_who_is_still_needed()
    {
        var receipt = Add("wang", "2024-03-01", "收取租金", "10201:10000.00:", "501::10000.00");
        _cli.Ok("voucher", "approve", Text(receipt), "--user", "li", "--lang", "zh");
        _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        File.WriteAllText(_cli.PathOf("policy.json"), Seeds.ReadText("approval-policy.json").Replace("\"budget_required\": true", "\"budget_required\": false", StringComparison.Ordinal));
        _cli.Ok("policy", "import", "policy.json", "--user", "zhang");
        var payment = Add("wang", "2024-03-10", "购置设备", "153:6000.00:", "10201::6000.00");

        var byReviewer = _cli.Ok("voucher", "approve", Text(payment), "--user", "li", "--lang", "zh");
        var byHead = _cli.Ok("voucher", "approve", Text(payment), "--user", "he", "--lang", "en");
        var again = _cli.Run("voucher", "approve", Text(payment), "--user", "li", "--lang", "zh");
        var byGroup = _cli.Ok("voucher", "approve", Text(payment), "--user", "tang", "--lang", "zh");

        Assert.That(byReviewer.Output.Trim(), Is.EqualTo($"凭证 {payment}：已签 审核员；尚需 村负责人、民主理财小组"));
        Assert.That(byHead.Output.Trim(), Is.EqualTo($"Voucher {payment}: signed by township reviewer, village head; still needs finance group"));
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error, Does.Contain("尚需 民主理财小组").And.Not.Contain("一人不能兼任"));
        Assert.That(byGroup.Output.Trim(), Is.EqualTo($"凭证 {payment} 已审批：已签 审核员、村负责人、民主理财小组，审批完成，可以记账"));
    }

    [Test]
    public void A_posting_run_that_leaves_a_voucher_names_it_exits_1_and_keeps_the_rest_posted()
    {
        var byClerk = Add("wang", "2024-03-05", "收取租金", "10201:100.00:", "501::100.00");
        var byAccountant = Add("zhao", "2024-03-06", "收取利息", "10201:1.00:", "501::1.00");
        _cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");

        var run = _cli.Run("voucher", "post", "--period", "2024-03", "--user", "zhao", "--lang", "zh");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("V001/collective 2024-03：记账 1 张，记-1 至 记-1"));
        Assert.That(run.Output, Does.Contain("共记账 1 张凭证，已保存；未记账 1 张"));
        Assert.That(run.Error, Does.Contain($"凭证 {byAccountant}（V001/collective 2024-03-06 收取利息）未记账：凭证 {byAccountant} 由 zhao 制单"));
        // The command prints the reason but not its code; the log of refusals keeps the code, and it is the preparer
        // rule's, not a role check's: zhao is a township accountant, who posts.
        var refusals = JsonDocument.Parse(_cli.Ok("log", "--user", "zhao", "--format", "json").Output).RootElement;
        Assert.That(refusals.GetRawText(), Does.Contain("access.preparer").And.Not.Contain("access.role"));
        var posted = JsonDocument.Parse(_cli.Ok("voucher", "list", "--period", "2024-03", "--status", "posted", "--format", "json").Output).RootElement;
        Assert.That(posted.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()), Is.EqualTo(new[] { byClerk }));

        var rest = _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "qian", "--lang", "en");
        Assert.That(rest.Output, Does.Contain("Posted 1 vouchers in all"));
    }

    [Test]
    public void A_transfer_prepared_by_the_clerk_is_approved_and_posted_by_the_township()
    {
        // The README's flow: the clerk prepares the transfer, the reviewer approves it, the accountant posts it.
        Add("wang", "2024-03-01", "收取租金", "10201:10000.00:", "501::10000.00");
        _cli.Ok("account", "add", "--book", "V001/committee", "10201", "银行存款-农商行", "--user", "zhang");
        _cli.Ok("voucher", "transfer", "--from", "V001/collective", "--to", "V001/committee", "--amount", "5000.00", "--date", "2024-03-10",
            "--summary", "拨付公益金", "--user", "wang");
        _cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");

        var run = _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao", "--lang", "zh");

        Assert.That(run.Output, Does.Contain("共记账 3 张凭证"));
    }
}
