using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>The command lines of ../shared/contract.md, run as written.</summary>
public sealed class CommandLineContractTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void A_clerk_submits_the_reviewer_approves_the_accountant_posts_and_reverses()
    {
        _cli.WithTownship();
        _cli.With("VLEDGER_USER", "wang");
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00");
        _cli.Ok("voucher", "add", "--book", "V001/合作社", "--date", "2024-03-07", "--summary", "应收租金", "--line", "112:500.00::张三", "--line", "501::500.00", "--ref", "记-7");

        var submitted = Json(_cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024-03", "--status", "submitted", "--format", "json"));
        Assert.That(submitted.GetArrayLength(), Is.EqualTo(2));
        var first = submitted[0];
        foreach (var key in new[] { "id", "book", "date", "status", "number", "source_ref", "summary", "amount" })
        {
            Assert.That(first.TryGetProperty(key, out _), Is.True, $"voucher list --format json lacks '{key}'");
        }
        Assert.That(first.GetProperty("amount").GetString(), Is.EqualTo("1200.00"));
        Assert.That(first.GetProperty("number").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(submitted[1].GetProperty("source_ref").GetString(), Is.EqualTo("记-7"));

        _cli.With("VLEDGER_USER", "li");
        _cli.Ok("voucher", "approve", "1");
        _cli.Ok("voucher", "approve", "2", "--resolution", "决-2024-07");
        _cli.With("VLEDGER_USER", "zhao");
        _cli.Ok("voucher", "post", "--period", "2024-03", "--book", "V001/collective");
        var posted = Json(_cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024-03", "--format", "json"));
        Assert.That(posted.EnumerateArray().Select(v => v.GetProperty("number").GetString()), Is.EqualTo(new[] { "记-1", "记-2" }));
        Assert.That(posted.EnumerateArray().Select(v => v.GetProperty("status").GetString()), Is.All.EqualTo("posted"));

        _cli.Ok("voucher", "reverse", "1", "--reason", "金额录错", "--date", "2024-03-31");
        var show = Json(_cli.Ok("voucher", "show", "1", "--format", "json"));
        Assert.That(show.GetProperty("status").GetString(), Is.EqualTo("reversed"));
        Assert.That(show.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()),
            Is.EqualTo(new[] { "submitted", "approved", "posted", "reversed" }));

        var balance = Json(_cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03", "--format", "json"));
        Assert.That(balance.GetProperty("book").GetString(), Is.EqualTo("V001/collective"));
        Assert.That(balance.GetProperty("period").GetString(), Is.EqualTo("2024-03"));
        var totals = balance.GetProperty("totals");
        Assert.That(totals.GetProperty("closing_debit").GetString(), Is.EqualTo("500.00"));
        Assert.That(totals.GetProperty("closing_credit").GetString(), Is.EqualTo("500.00"));
        var receivable = balance.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "112");
        Assert.That(receivable.GetProperty("level").GetInt32(), Is.EqualTo(1));
        Assert.That(receivable.GetProperty("name").GetString(), Is.EqualTo("应收款"));
    }

    [Test]
    public void Export_ledger_writes_a_journal_that_ledger_and_hledger_read()
    {
        _cli.WithTownship();
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00", "--user", "wang");
        _cli.Ok("voucher", "approve", "1", "--user", "li");
        _cli.Ok("voucher", "post", "--period", "2024-Q1", "--user", "zhao");

        var journal = _cli.Ok("export", "ledger", "--book", "V001/collective").Output;
        var path = _cli.PathOf("v001.journal");
        File.WriteAllText(path, journal);

        Assert.That(PeerTools.LedgerBalances(path)["V001:collective:10201"].ToString(), Is.EqualTo("1200.00"));
        Assert.That(PeerTools.HledgerBalances(path)["V001:collective:501"].ToString(), Is.EqualTo("-1200.00"));
        Assert.That(_cli.Ok("export", "ledger", "--all").Output, Does.Contain("V001:collective:10201"));
    }

    [Test]
    public void Import_villages_adds_every_row_or_none()
    {
        _cli.Ok("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--no-passwords");
        File.WriteAllText(_cli.PathOf("bad.csv"), "村编码,村名称\nV002,红旗村\nV 3,永庆村\nV002,重复村\n");
        File.WriteAllBytes(_cli.PathOf("villages.csv"), Ledger.Core.Import.TextDecoding.Gbk.GetBytes("村编码,村名称\r\nV002,红旗村\r\nV003,永庆村\r\n"));

        var bad = _cli.Run("import", "villages", "bad.csv", "--user", "zhang");
        Assert.That(bad.ExitCode, Is.EqualTo(1));
        Assert.That(bad.Error, Does.Contain("bad.csv:3: 村编码:"));
        Assert.That(bad.Error, Does.Contain("bad.csv:4: 村编码:"));
        Assert.That(Json(_cli.Ok("village", "list", "--format", "json")).GetArrayLength(), Is.Zero);

        _cli.Ok("import", "villages", "villages.csv", "--user", "zhang");
        var villages = Json(_cli.Ok("village", "list", "--format", "json"));
        Assert.That(villages.EnumerateArray().Select(v => v.GetProperty("name").GetString()), Is.EqualTo(new[] { "红旗村", "永庆村" }));
    }

    [Test]
    public void Accounts_are_listed_as_a_tree()
    {
        _cli.WithTownship();

        var chart = Json(_cli.Ok("account", "list", "--book", "V001/collective", "--format", "json"));

        Assert.That(chart.GetArrayLength(), Is.EqualTo(48), "42 level-1 accounts, 322's five seeded sub-accounts and 10201");
        Assert.That(chart.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "3220102").GetProperty("leaf").GetBoolean(), Is.True);
        var bank = chart.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "102");
        Assert.That(bank.GetProperty("leaf").GetBoolean(), Is.False);
        Assert.That(_cli.Ok("account", "list", "--book", "V001/collective").Output, Does.Contain("  10201"));
    }

    [Test]
    public void Json_keeps_chinese_readable_and_csv_on_stdout_has_no_bom_but_a_csv_file_does()
    {
        _cli.WithTownship();

        var json = _cli.Ok("village", "list", "--format", "json").Output;
        var csv = _cli.Ok("village", "list", "--format", "csv").Output;
        _cli.Ok("village", "list", "--format", "csv", "--out", "villages.csv");

        Assert.That(json, Does.Contain("东风村"));
        Assert.That(json, Does.Not.Contain("\\u"));
        Assert.That(csv, Does.StartWith("code,name"));
        var bytes = File.ReadAllBytes(_cli.PathOf("villages.csv"));
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void Labels_follow_lang_while_json_keys_do_not()
    {
        _cli.WithTownship();

        var chinese = _cli.Ok("village", "list", "--lang", "zh").Output;
        var english = _cli.Ok("village", "list", "--lang", "en").Output;
        _cli.With("LANG", "zh_CN.UTF-8");
        var fromEnvironment = _cli.Ok("village", "list").Output;
        var json = _cli.Ok("village", "list", "--format", "json").Output;

        Assert.That(chinese, Does.Contain("村名称"));
        Assert.That(english, Does.Contain("name").And.Not.Contain("村名称"));
        Assert.That(fromEnvironment, Does.Contain("村名称"));
        Assert.That(json, Does.Contain("\"name\""));
    }

    [Test]
    public void The_store_comes_from_db_or_VLEDGER_DB()
    {
        _cli.Ok("init", "--township", "1", "--name", "甲镇", "--admin", "a", "--no-passwords", "--db", "one.db");
        _cli.With("VLEDGER_DB", _cli.PathOf("two.db"));
        _cli.Ok("init", "--township", "2", "--name", "乙镇", "--admin", "b", "--no-passwords");

        Assert.That(File.Exists(_cli.PathOf("one.db")), Is.True);
        Assert.That(File.Exists(_cli.PathOf("two.db")), Is.True);
        Assert.That(File.Exists(_cli.PathOf("vledger.db")), Is.False);
    }

    [Test]
    public void The_demo_builds_a_township_and_shows_a_balanced_trial_balance()
    {
        var result = _cli.Ok("demo");

        Assert.That(result.Output, Does.Contain("V001/collective"));
        Assert.That(result.Output, Does.Contain("银行存款"));
        var balance = Json(_cli.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V003/committee", "--period", "2024-Q1", "--format", "json"));
        var totals = balance.GetProperty("totals");
        Assert.That(totals.GetProperty("period_debit").GetString(), Is.EqualTo(totals.GetProperty("period_credit").GetString()));
        Assert.That(balance.GetProperty("rows").GetArrayLength(), Is.GreaterThan(5));
        _cli.Ok("demo");
    }

    [Test]
    public void The_reports_of_the_contract_run_on_the_demo()
    {
        _cli.Ok("demo");

        var sheet = Json(_cli.Ok("report", "balance-sheet", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--format", "json"));
        var rows = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.That(rows["A23"].GetProperty("closing").GetString(), Is.EqualTo(rows["E05"].GetProperty("closing").GetString()));
        var income = Json(_cli.Ok("report", "income", "--db", "vledger-demo.db", "--book", "V001/collective", "--year", "2024", "--format", "json"));
        Assert.That(income.GetProperty("rows").EnumerateArray().First().GetProperty("year").GetString(), Is.EqualTo("78300.00"));
        Assert.That(_cli.Ok("report", "budget", "--db", "vledger-demo.db", "--book", "V001/committee", "--year", "2024").Output, Does.Contain("513"));
        var ledger = Json(_cli.Ok("report", "ledger", "--db", "vledger-demo.db", "--book", "V001/collective", "--account", "102", "--period", "2024-Q1", "--format", "json"));
        Assert.That(ledger.GetProperty("closing").GetString(), Is.EqualTo("69045.00"));
        var township = Json(_cli.Ok("report", "township", "--db", "vledger-demo.db", "--period", "2024-Q1", "--format", "json"));
        Assert.That(township.GetProperty("books").GetArrayLength(), Is.EqualTo(6));
        Assert.That(township.GetProperty("totals").TryGetProperty("collective", out _), Is.True);
        var audit = Json(_cli.Ok("report", "audit", "--db", "vledger-demo.db", "--period", "2024-Q1", "--format", "json"));
        Assert.That(audit.GetProperty("summary").GetProperty("by_rule").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(audit.GetProperty("findings").EnumerateArray().All(f => f.TryGetProperty("rule", out _) && f.TryGetProperty("why_zh", out _)), Is.True);
    }

    [Test]
    public void Out_writes_the_format_its_extension_names()
    {
        _cli.Ok("demo");

        _cli.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.json");
        _cli.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.html");
        _cli.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.csv");
        _cli.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.xlsx");
        var refused = _cli.Run("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.pdf");

        Assert.That(JsonDocument.Parse(File.ReadAllText(_cli.PathOf("tb.json"))).RootElement.GetProperty("book").GetString(), Is.EqualTo("V001/collective"));
        Assert.That(File.ReadAllText(_cli.PathOf("tb.html")), Does.StartWith("<!DOCTYPE html>").And.Contain("银行存款"));
        Assert.That(File.ReadAllBytes(_cli.PathOf("tb.csv")).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(_cli.PathOf("tb.xlsx"), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.That(cells.Any(c => c.InnerText == "银行存款"), Is.True);
        Assert.That(cells.Any(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number && c.InnerText == "69045.00"), Is.True);
    }

    [Test]
    public void The_demo_never_replaces_a_townships_own_store()
    {
        _cli.Ok("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--no-passwords", "--db", "real.db");

        var result = _cli.Run("demo", "--db", "real.db");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("not a demo"));
    }

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement;
}
