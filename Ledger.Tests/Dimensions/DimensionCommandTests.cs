using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Dimensions;

/// <summary>The 辅助核算 reports as the command line prints them: the contract's JSON keys, Chinese tables, refusals.</summary>
public sealed class DimensionCommandTests : TownshipCopies
{
    protected override void Prepare()
    {
        Township.Ok("account", "add", "--book", "V001/committee", "10201", "银行存款-农商行", "--user", "zhang");
        Submit("V001/collective", "2024-01-05", "收取租金", "10201:30000.00:", "501::30000.00");
        Submit("V001/collective", "2024-01-08", "借给张三", "112:1000.00::张三", "10201::1000.00");
        Submit("V001/collective", "2024-02-08", "借给李四", "112:250.50::李四", "10201::250.50");
        Submit("V001/collective", "2024-03-08", "张三还款", "10201:400.00:", "112::400.00:张三");
        Submit("V001/committee", "2024-01-10", "收到道路硬化专项资金", "10201:80000.00:", "241::80000.00::道路硬化工程");
        Submit("V001/committee", "2024-02-03", "支付道路硬化工程款", "241:50000.00:::道路硬化工程", "10201::50000.00");
        Township.Ok("approvals", "run", "--period", "2024-Q1", "--approve", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024-Q1", "--user", "zhao");
    }

    private void Submit(string book, string date, string summary, params string[] lines) =>
        Township.Ok(["voucher", "add", "--book", book, "--date", date, "--summary", summary, .. lines.SelectMany(l => new[] { "--line", l }), "--user", "wang"]);

    private JsonElement Json(params string[] args) => JsonDocument.Parse(Cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private static IEnumerable<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    [Test]
    public void Report_dimension_prints_the_contracts_keys_with_amounts_as_two_place_strings()
    {
        var report = Json("report", "dimension", "--book", "V001/collective", "--account", "112", "--by", "counterparty", "--period", "2024-03");

        Assert.That(Keys(report), Is.SupersetOf(new[] { "book", "account", "by", "period", "rows", "totals" }));
        Assert.That(report.GetProperty("by").GetString(), Is.EqualTo("counterparty"));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(Keys(rows[0]), Is.EqualTo(new[] { "counterparty", "opening", "debit", "credit", "closing" }));
        var zhang = rows.Single(r => r.GetProperty("counterparty").GetString() == "张三");
        Assert.That((zhang.GetProperty("opening").GetString(), zhang.GetProperty("credit").GetString(), zhang.GetProperty("closing").GetString()),
            Is.EqualTo(("1000.00", "400.00", "600.00")));
        Assert.That(report.GetProperty("totals").GetProperty("closing").GetString(), Is.EqualTo("850.50"));
        var project = Json("report", "dimension", "--book", "V001/committee", "--account", "241", "--by", "project", "--period", "2024-Q1");
        Assert.That(project.GetProperty("rows")[0].GetProperty("project").GetString(), Is.EqualTo("道路硬化工程"));
        Assert.That(project.GetProperty("rows")[0].GetProperty("closing").GetString(), Is.EqualTo("-30000.00"));
    }

    [Test]
    public void Report_ageing_prints_rows_with_counterparty_balance_and_the_four_buckets()
    {
        var report = Json("report", "ageing", "--book", "V001/collective", "--account", "112", "--date", "2024-12-31");

        var row = report.GetProperty("rows").EnumerateArray().First();
        Assert.That(Keys(row), Is.SupersetOf(new[] { "counterparty", "balance", "buckets" }));
        Assert.That(Keys(row.GetProperty("buckets")), Is.EqualTo(new[] { "within_1y", "1_2y", "2_3y", "over_3y" }));
        Assert.That(row.GetProperty("counterparty").GetString(), Is.EqualTo("张三"));
        Assert.That(row.GetProperty("balance").GetString(), Is.EqualTo("600.00"));
        Assert.That(row.GetProperty("buckets").GetProperty("within_1y").GetString(), Is.EqualTo("600.00"));
    }

    [Test]
    public void The_tables_read_in_Chinese_with_unnamed_lines_as_未指定_and_a_total()
    {
        var table = Cli.With("LANG", "zh_CN.UTF-8").Ok("report", "dimension", "--book", "V001/committee", "--account", "241", "--by", "counterparty", "--period", "2024-Q1").Output;

        Assert.That(table, Does.Contain("辅助核算余额表").And.Contain("对方单位").And.Contain("期末余额").And.Contain("未指定").And.Contain("合计").And.Contain("-30,000.00"));
        var ageing = Cli.Ok("report", "ageing", "--book", "V001/collective", "--account", "112", "--date", "2024-03-31").Output;
        Assert.That(ageing, Does.Contain("1年以内").And.Contain("3年以上").And.Contain("张三"));
        var english = Cli.Ok("report", "ageing", "--book", "V001/collective", "--account", "112", "--date", "2024-03-31", "--lang", "en").Output;
        Assert.That(english, Does.Contain("within 1 year").And.Contain("over 3 years"));
        var projects = Cli.Ok("report", "projects", "--book", "V001/committee", "--account", "241", "--period", "2024-Q1").Output;
        Assert.That(projects, Does.Contain("道路硬化工程").And.Contain("80,000.00").And.Contain("30,000.00"));
    }

    [Test]
    public void The_statement_of_account_runs_from_the_opening_through_each_movement_to_the_closing()
    {
        var statement = Json("report", "statement-of-account", "--book", "V001/collective", "--account", "112", "--counterparty", "张三", "--period", "2024-02");
        Assert.That(statement.GetProperty("opening").GetString(), Is.EqualTo("1000.00"));
        Assert.That(statement.GetProperty("entries").GetArrayLength(), Is.Zero, "no movement with 张三 in February");

        var quarter = Json("report", "statement-of-account", "--book", "V001/collective", "--account", "112", "--counterparty", "张三", "--period", "2024-Q1");
        Assert.That(quarter.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("balance").GetString()), Is.EqualTo(new[] { "1000.00", "600.00" }));
        Assert.That(quarter.GetProperty("closing").GetString(), Is.EqualTo("600.00"));
        var printed = Cli.Ok("report", "statement-of-account", "--book", "V001/collective", "--account", "112", "--counterparty", "张三", "--period", "2024-Q1", "--lang", "zh").Output;
        Assert.That(printed, Does.Contain("往来对账单").And.Contain("致：张三").And.Contain("贵方欠本村 600.00").And.Contain("签章"));
    }

    [TestCase("report", "dimension", "--book", "V001/collective", "--account", "999", "--by", "counterparty", "--period", "2024-03", "999")]
    [TestCase("report", "dimension", "--book", "V009/collective", "--account", "112", "--by", "counterparty", "--period", "2024-03", "V009")]
    [TestCase("report", "ageing", "--book", "V001/collective", "--account", "501", "--date", "2024-03-31", "501")]
    [TestCase("report", "projects", "--book", "V001/collective", "--account", "112", "--period", "2024-03", "112")]
    [TestCase("report", "statement-of-account", "--book", "V001/collective", "--account", "112", "--counterparty", "王五", "--period", "2024-03", "王五")]
    public void An_unknown_or_wrong_account_book_or_counterparty_is_refused_by_name(params string[] argsAndName)
    {
        var result = Cli.Run(argsAndName[..^1]);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain(argsAndName[^1]));
    }

    [Test]
    public void A_wrong_by_is_a_usage_error()
    {
        Assert.That(Cli.Run("report", "dimension", "--book", "V001/collective", "--account", "112", "--by", "people", "--period", "2024-03").ExitCode, Is.EqualTo(2));
    }
}
