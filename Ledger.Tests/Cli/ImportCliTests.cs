using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>A clerk's messy month, from the spreadsheet to the trial balance, through the vledger command.</summary>
public sealed class ImportCliTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner().WithTownship();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private void WriteMessySheet(string file) => SheetFixtures.WriteXlsx(_cli.PathOf(file),
    [
        ["东风村股份经济合作社2024年3月记账凭证", null, null, null, null, null, null],
        ["凭证日期", "凭证字号", "摘要", "科目代码", "科目名称", "借方金额", "贷方金额"],
        [new DateOnly(2024, 3, 5), "记-1", "收取厂房租金", "10201", "银行存款-农商行", 12500m, null],
        [null, null, null, "501", "经营收入", null, "12,500.00"],
        [null, null, null, null, null, null, null],
        ["2024年3月20日", "记-2", "支付屋面维修费", "511", null, 4350.5m, null],
        [null, null, null, "10201", null, null, 4350.5m],
        ["本月合计", null, null, null, null, 16850.5m, 16850.5m],
    ], "A1:G1");

    [Test]
    public void A_messy_sheet_goes_from_import_to_a_balanced_trial_balance()
    {
        WriteMessySheet("march.xlsx");

        var dry = _cli.Ok("import", "vouchers", "march.xlsx", "--book", "V001/collective", "--dry-run", "--user", "wang");
        var imported = _cli.Ok("import", "vouchers", "march.xlsx", "--book", "V001/collective", "--user", "wang");
        var again = _cli.Ok("import", "vouchers", "march.xlsx", "--book", "V001/collective", "--user", "wang");
        var list = JsonDocument.Parse(_cli.Ok("voucher", "list", "--period", "2024-03", "--format", "json").Output).RootElement;
        foreach (var voucher in list.EnumerateArray())
        {
            _cli.Ok("voucher", "approve", voucher.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "li");
        }
        _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        var balance = JsonDocument.Parse(_cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output).RootElement;

        Assert.That(dry.Output, Does.Contain("would import 2 vouchers, 4 lines"));
        Assert.That(imported.Output, Does.Contain("V001/collective: 2 vouchers, 4 lines"));
        Assert.That(again.Output, Does.Contain("already imported").And.Contain("by wang"));
        Assert.That(list.GetArrayLength(), Is.EqualTo(2));
        var bank = balance.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "10201");
        Assert.That(bank.GetProperty("closing_debit").GetString(), Is.EqualTo("8149.50"));
        Assert.That(balance.GetProperty("totals").GetProperty("period_debit").GetString(), Is.EqualTo("16850.50"));
        Assert.That(balance.GetProperty("totals").GetProperty("period_credit").GetString(), Is.EqualTo("16850.50"));
    }

    [Test]
    public void A_wrong_sheet_is_refused_with_exit_1_one_line_per_problem_in_the_users_language()
    {
        File.WriteAllText(_cli.PathOf("bad.csv"), "日期,凭证号,摘要,科目编码,借方金额,贷方金额\n2024-03-05,记-1,租金,10201,100.00,\n,,,501,,90.00\n2024-02-30,记-2,x,101,5,\n,,,501,,5\n");

        var english = _cli.Run("import", "vouchers", "bad.csv", "--book", "V001/collective", "--user", "wang");
        var chinese = _cli.Run("import", "vouchers", "bad.csv", "--book", "V001/collective", "--user", "wang", "--lang", "zh");

        Assert.That(english.ExitCode, Is.EqualTo(1));
        Assert.That(english.Error.Trim().Split('\n'), Is.EqualTo(new[]
        {
            "bad.csv:2: 借方金额: does not balance: debits 100.00, credits 90.00, difference 10.00",
            "bad.csv:4: 日期: '2024-02-30' that day does not exist",
        }));
        Assert.That(chinese.Error, Does.Contain("bad.csv:2: 借方金额: 借贷不平").And.Contain("bad.csv:4: 日期: “2024-02-30”这一天不存在"));
        Assert.That(_cli.Ok("voucher", "list", "--period", "2024", "--format", "json").Output.Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void A_missing_file_is_a_usage_error()
    {
        var result = _cli.Run("import", "vouchers", "nowhere.xlsx", "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("nowhere.xlsx"));
    }
}
