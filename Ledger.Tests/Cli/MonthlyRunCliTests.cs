using System.Globalization;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// A full month for two villages through the vledger command under the default policy: import, approval by each
/// role, a rejection and resubmission, a budget refusal then an adjustment, a large payment that waits for its
/// resolution, posting, close, a refused late voucher, and a reopen.
/// </summary>
public sealed class MonthlyRunCliTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner();
        _cli.Ok("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--no-passwords");
        File.WriteAllText(_cli.PathOf("villages.csv"), "村编码,村名称\nV001,东风村\nV002,红旗村\n");
        _cli.Ok("import", "villages", "villages.csv", "--user", "zhang");
        foreach (var (name, role, village) in new[]
        {
            ("wang", "clerk", "V001"), ("chen", "clerk", "V002"), ("he", "village-head", "V001"), ("ma", "village-head", "V002"),
            ("tang", "finance-group", "V001"), ("xu", "finance-group", "V002"),
        })
        {
            _cli.Ok("user", "add", name, "--role", role, "--village", village, "--user", "zhang");
        }
        _cli.Ok("user", "add", "li", "--role", "township-reviewer", "--user", "zhang");
        _cli.Ok("user", "add", "zhao", "--role", "township-accountant", "--user", "zhang");
        foreach (var village in new[] { "V001", "V002" })
        {
            _cli.Ok("account", "add", "--book", $"{village}/collective", "10201", "银行存款-农商行", "--user", "zhang");
            // V001 opens with money for its road project, which the month spends: a project spends only what it received.
            File.WriteAllText(_cli.PathOf($"opening-{village}.csv"), village == "V001"
                ? "科目编码,方向,期初余额,项目\n10201,借,200000.00,\n301,贷,170000.00,\n241,贷,30000.00,道路硬化工程\n"
                : "科目编码,方向,期初余额\n10201,借,200000.00\n301,贷,200000.00\n");
            _cli.Ok("import", "opening", $"opening-{village}.csv", "--book", $"{village}/collective", "--period", "2024-03", "--user", "zhao");
        }
        File.WriteAllText(_cli.PathOf("budget-2024.csv"), "账套,年度,科目编码,预算金额\nV001/collective,2024,513,2000.00\nV001/collective,2024,511,10000.00\nV002/collective,2024,511,10000.00\n");
        _cli.Ok("import", "budget", "budget-2024.csv", "--user", "zhao");
        _cli.Ok("budget", "approve", "--book", "V001/collective", "--year", "2024", "--user", "li");
        _cli.Ok("budget", "approve", "--book", "V002/collective", "--year", "2024", "--user", "li");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private JsonElement Json(params string[] args) => JsonDocument.Parse(_cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private long IdOf(string village, string summary) => Json("voucher", "list", "--period", "2024-03", "--book", $"{village}/collective").EnumerateArray()
        .Single(v => v.GetProperty("summary").GetString() == summary).GetProperty("id").GetInt64();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Test]
    public void A_month_for_two_villages_runs_from_import_to_close_and_reopen()
    {
        File.WriteAllText(_cli.PathOf("v001.csv"), """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额,对方单位,项目
            2024-03-05,记-1,收取厂房租金,10201,12500.00,,,
            ,,,501,,12500.00,,
            2024-03-08,记-2,购买办公用品,513,1500.00,,,
            ,,,10201,,1500.00,,
            2024-03-10,记-3,支付道路硬化工程款,241,30000.00,,,道路硬化工程
            ,,,10201,,30000.00,,
            2024-03-12,记-4,屋面维修,511,800.00,,,
            ,,,10201,,800.00,,
            """);
        File.WriteAllText(_cli.PathOf("v002.csv"), """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额
            2024-03-06,记-1,支付水渠维修费,511,6000.00,
            ,,,10201,,6000.00
            """);
        _cli.Ok("import", "vouchers", "v001.csv", "--book", "V001/collective", "--user", "wang");
        _cli.Ok("import", "vouchers", "v002.csv", "--book", "V002/collective", "--user", "chen");

        // The reviewer's run approves what it may and names what waits: the resolution, the budget.
        var run = _cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li", "--format", "json");
        var outcomes = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToDictionary(o => o.GetProperty("summary").GetString()!);
        Assert.That(outcomes["收取厂房租金"].GetProperty("result").GetString(), Is.EqualTo("approved (complete)"));
        Assert.That(outcomes["支付道路硬化工程款"].GetProperty("reason").GetString(), Does.Contain("resolution"));
        Assert.That(outcomes["购买办公用品"].GetProperty("result").GetString(), Is.EqualTo("approved (others to follow)"));

        // A rejection: the clerk corrects the voucher and it is submitted again.
        var repair = IdOf("V001", "屋面维修");
        _cli.Ok("voucher", "reject", Id(repair), "--reason", "附件不全", "--user", "li");
        _cli.Ok("voucher", "edit", Id(repair), "--book", "V001/collective", "--date", "2024-03-12", "--summary", "屋面维修（补附件）",
            "--line", "511:800.00:", "--line", "10201::800.00", "--attachments", "2", "--user", "wang");
        _cli.Ok("voucher", "approve", Id(IdOf("V001", "屋面维修（补附件）")), "--user", "li");

        // The village heads and finance groups run their own approvals; V002's 6000.00 needs all three roles.
        _cli.Ok("approvals", "run", "--period", "2024-03", "--village", "V001", "--approve", "--user", "he");
        _cli.Ok("approvals", "run", "--period", "2024-03", "--village", "V002", "--approve", "--user", "ma");
        _cli.Ok("approvals", "run", "--period", "2024-03", "--village", "V002", "--approve", "--user", "xu");

        // What still waits in V001 is the large payment alone.
        var supplies = Json("approvals", "pending", "--period", "2024-03", "--village", "V001").EnumerateArray().ToList();
        Assert.That(supplies.Select(s => s.GetProperty("summary").GetString()), Is.EquivalentTo(new[] { "支付道路硬化工程款" }));

        // The large payment waits for its resolution, then each role approves citing it.
        var road = Id(IdOf("V001", "支付道路硬化工程款"));
        var refused = _cli.Run("voucher", "approve", road, "--user", "li");
        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("resolution"));
        _cli.Ok("voucher", "approve", road, "--resolution", "东风村决-2024-03", "--user", "li");
        _cli.Ok("voucher", "approve", road, "--user", "he");
        _cli.Ok("voucher", "approve", road, "--user", "tang");

        // A budget refusal, then an adjustment with its reason.
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-20", "--summary", "购买打印机", "--line", "513:900.00:", "--line", "10201::900.00", "--user", "wang");
        var printer = Id(IdOf("V001", "购买打印机"));
        var overBudget = _cli.Run("voucher", "approve", printer, "--user", "li");
        Assert.That(overBudget.ExitCode, Is.EqualTo(1));
        Assert.That(overBudget.Error, Does.Contain("over budget"));
        _cli.Ok("budget", "adjust", "--book", "V001/collective", "--year", "2024", "--account", "513", "--by", "1000.00", "--reason", "追加办公设备", "--user", "li");
        _cli.Ok("voucher", "approve", printer, "--user", "li");

        Assert.That(Json("approvals", "pending", "--period", "2024-03").GetArrayLength(), Is.Zero);
        _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        var numbers = Json("voucher", "list", "--period", "2024-03", "--book", "V001/collective", "--status", "posted").EnumerateArray()
            .Select(v => v.GetProperty("number").GetString()).ToList();
        Assert.That(numbers, Is.EqualTo(new[] { "记-1", "记-2", "记-3", "记-4", "记-5" }));

        // Close both books; a late voucher is refused; an admin reopens with a reason, and it goes in.
        _cli.Ok("period", "close", "2024-03", "--all", "--user", "zhao");
        var late = _cli.Run("voucher", "add", "--book", "V002/collective", "--date", "2024-03-30", "--summary", "迟到的票据", "--line", "511:100.00:", "--line", "10201::100.00", "--user", "chen");
        Assert.That(late.ExitCode, Is.EqualTo(1));
        Assert.That(late.Error, Does.Contain("2024-03 is closed"));
        _cli.Ok("period", "reopen", "2024-03", "--book", "V002/collective", "--reason", "补记漏记票据", "--user", "zhang");
        _cli.Ok("voucher", "add", "--book", "V002/collective", "--date", "2024-03-30", "--summary", "迟到的票据", "--line", "511:100.00:", "--line", "10201::100.00", "--user", "chen");

        var balance = Json("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03");
        var bank = balance.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "10201");
        Assert.That(bank.GetProperty("closing_debit").GetString(), Is.EqualTo("179300.00"));
        Assert.That(balance.GetProperty("totals").GetProperty("closing_debit").GetString(), Is.EqualTo(balance.GetProperty("totals").GetProperty("closing_credit").GetString()));
    }
}
