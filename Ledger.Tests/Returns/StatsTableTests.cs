using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Tests.Support;

namespace Ledger.Tests.Returns;

/// <summary>
/// report stats (issue 21): 表六 and 表七 in 万元, whose relations hold exactly on the printed figures even where
/// rounding each row on its own would break them, with the villages counted and the upload workbook read back.
/// </summary>
public sealed class StatsTableTests : TownshipCopies
{
    [Test]
    public void Table_six_of_a_generated_township_keeps_every_relation_on_its_printed_figures()
    {
        using var cli = new CliRunner().WithGeneratedYear(vouchers: 3000, villages: 6, seed: 17);

        var table = Json(cli, "report", "stats", "--table", "6", "--year", "2024");
        var v = Values(table);

        Assert.That(v["7"], Is.EqualTo(v["1"] + v["2"] + v["3"] - v["4"] - v["5"]));
        Assert.That(v["11"], Is.EqualTo(v["7"] + v["8"] + v["9"] - v["10"]));
        Assert.That(v["14"], Is.EqualTo(v["11"] + v["12"] + v["13"]));
        Assert.That(v["15"], Is.EqualTo(v["16"] + v["17"] + v["18"] + v["19"] + v["20"]));
        Assert.That(v["21"], Is.EqualTo(v["14"] - v["15"]));
        var n = Indicators(table);
        Assert.That(n["22"], Is.EqualTo(6));
        Assert.That(n["22"], Is.EqualTo(n["23"] + n["24"]));
        Assert.That(n["25"], Is.EqualTo(n["26"] + n["27"] + n["28"]));
        Assert.That(table.GetProperty("villages").GetInt32(), Is.EqualTo(6));
    }

    [Test]
    public void Table_seven_of_a_generated_township_balances_on_its_printed_figures()
    {
        using var cli = new CliRunner().WithGeneratedYear(vouchers: 3000, villages: 6, seed: 23);

        var v = Values(Json(cli, "report", "stats", "--table", "7", "--year", "2024"));

        Assert.That(v["1"], Is.EqualTo(v["2"] + v["3"] + v["4"] + v["5"]));
        Assert.That(v["6"], Is.EqualTo(v["7"] + v["8"]));
        Assert.That(v["14"], Is.EqualTo(v["12"] - v["13"]));
        Assert.That(v["11"], Is.EqualTo(v["14"] + v["15"] + v["16"]));
        Assert.That(v["9"], Is.EqualTo(v["10"] + v["11"] + v["17"]));
        Assert.That(v["18"], Is.EqualTo(v["1"] + v["6"] + v["9"]));
        Assert.That(v["19"], Is.EqualTo(v["20"] + v["21"] + v["22"] + v["23"]));
        Assert.That(v["24"], Is.EqualTo(v["25"] + v["26"] + v["27"]));
        Assert.That(v["28"], Is.EqualTo(v["19"] + v["24"]));
        Assert.That(v["29"], Is.EqualTo(v["30"] + v["31"] + v["32"]));
        Assert.That(v["33"], Is.EqualTo(v["28"] + v["29"]));
        Assert.That(v["18"], Is.EqualTo(v["33"]), "资产总计 = 负债和所有者权益总计 as printed");
    }

    [Test]
    public void Rounding_each_row_alone_would_break_table_six_so_totals_are_sums_of_the_printed_rows_and_the_drift_is_noted()
    {
        // Four leaves of 50.00 元 each print as 0.01 万元 (half away from zero), so their total prints 0.04, while the
        // total's own 200.00 元 rounds to 0.02: naive rounding of each row would print 0.02 and break 11 = 7+8+9−10.
        foreach (var (account, summary) in new[] { ("501", "经营收入"), ("502", "投资收益"), ("503", "补助收入"), ("504", "其他收入") })
        {
            AddAndPost("V002/collective", "2024-03-05", summary, "101:50.00:", $"{account}::50.00");
        }

        var table = Json(Cli, "report", "stats", "--table", "6", "--year", "2024", "--villages", "V002");
        var v = Values(table);

        Assert.That(v["1"], Is.EqualTo(0.01m));
        Assert.That(v["7"], Is.EqualTo(0.02m));
        Assert.That(v["11"], Is.EqualTo(0.04m), "the printed total is the sum of the printed rows");
        Assert.That(v["11"], Is.EqualTo(v["7"] + v["8"] + v["9"] - v["10"]));
        var row11 = table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "11");
        Assert.That(row11.GetProperty("amount").GetString(), Is.EqualTo("200.00"), "the yuan total is kept beside it");
        var notes = table.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.That(notes, Has.Some.Contains("row 11 七、本年收益: the sum of its rounded rows is 0.04, its own total rounded is 0.02"), "a total more than 0.01 from its own rounding is noted");
    }

    [Test]
    public void Table_seven_takes_the_rounding_difference_into_undistributed_income_and_says_so()
    {
        // Assets print 0.01 + 0.01 = 0.02 (cash 50.00, a receivable 50.00); the equity's 100.00 元 prints 0.01.
        AddAndPost("V002/collective", "2024-03-05", "收取租金", "101:50.00:", "501::50.00");
        AddAndPost("V002/collective", "2024-03-06", "应收租金", "112:50.00::张三", "501::50.00");

        var table = Json(Cli, "report", "stats", "--table", "7", "--year", "2024", "--villages", "V002");
        var v = Values(table);

        Assert.That(v["18"], Is.EqualTo(0.02m));
        Assert.That(v["33"], Is.EqualTo(v["18"]));
        Assert.That(v["32"], Is.EqualTo(0.02m));
        Assert.That(table.GetProperty("notes").EnumerateArray().Select(n => n.GetString()), Has.Some.Contains("rounding: row 32 3.未分配收益 is adjusted by 0.01"));
    }

    [Test]
    public void Table_seven_nets_depreciation_amortisation_and_holds_unsettled_losses_so_that_it_balances()
    {
        AddAndPost("V002/collective", "2024-03-01", "收到投资", "101:80000.00:", "301::80000.00");
        AddAndPost("V002/collective", "2024-03-02", "购入耕牛", "132:50000.00:", "101::50000.00");
        AddAndPost("V002/collective", "2024-03-03", "计提折旧", "511:3333.33:", "133::3333.33");
        AddAndPost("V002/collective", "2024-03-04", "购入软件", "161:6000.00:", "101::6000.00");
        AddAndPost("V002/collective", "2024-03-05", "摊销", "513:1000.00:", "162::1000.00");
        AddAndPost("V002/collective", "2024-03-06", "盘亏待处理", "181:777.77:", "101::777.77");

        var v = Values(Json(Cli, "report", "stats", "--table", "7", "--year", "2024", "--villages", "V002"));

        Assert.That(v["7"], Is.EqualTo(4.67m), "牲畜(禽)资产 net of its depreciation: 46,666.67 元");
        Assert.That(v["17"], Is.EqualTo(0.58m), "其他资产: software net of amortisation 5,000.00 and the unsettled loss 777.77");
        Assert.That(v["18"], Is.EqualTo(v["33"]));
        Assert.That(v["33"], Is.EqualTo(7.57m), "80,000.00 invested less 4,333.33 of expense");
    }

    [Test]
    public void A_map_that_leaves_an_account_out_is_refused_for_not_balancing()
    {
        AddAndPost("V002/collective", "2024-03-01", "收到投资", "101:80000.00:", "301::80000.00");
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "stats", "table-7-2023.json"));
        File.WriteAllText(Cli.PathOf("partial.json"), seed.Replace("bal(101)+bal(102)", "bal(102)", StringComparison.Ordinal));

        var result = Cli.Run("report", "stats", "--table", "7", "--year", "2024", "--map", "partial.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("does not balance"));
    }

    [TestCase("\"formula\": \"mov(501)\", ", "", "needs a key, code, name and formula")]
    [TestCase("\"formula\": \"mov(501)\"", "\"formula\": \"bal(501)\"", "uses a function a income table does not")]
    [TestCase("\"formula\": \"mov(501)\", \"sign\": -1", "\"formula\": \"mov(501)\", \"sign\": 0", "a sign of 1 or -1")]
    [TestCase("\"formula\": \"R01+R02+R03-R04-R05\"", "\"formula\": \"R07\"", "defined by itself")]
    public void A_broken_map_is_refused_with_what_is_wrong(string from, string to, string message)
    {
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "stats", "table-6-2023.json"));
        File.WriteAllText(Cli.PathOf("broken.json"), seed.Replace(from, to, StringComparison.Ordinal));

        var result = Cli.Run("report", "stats", "--table", "6", "--year", "2024", "--map", "broken.json");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain(message));
    }

    [Test]
    public void A_loss_is_a_negative_number_in_csv_and_a_two_decimal_string_in_json()
    {
        AddAndPost("V002/collective", "2024-03-01", "收到投资", "101:80000.00:", "301::80000.00");
        AddAndPost("V002/collective", "2024-03-02", "支付管理费", "513:1234.56:", "101::1234.56");

        var csv = Cli.Ok("report", "stats", "--table", "6", "--year", "2024", "--villages", "V002", "--format", "csv").Output;
        var json = Values(Json(Cli, "report", "stats", "--table", "6", "--year", "2024", "--villages", "V002"));

        Assert.That(csv, Does.Contain("11,七、本年收益,万元,-0.12,-1234.56"));
        Assert.That(json["11"], Is.EqualTo(-0.12m));
    }

    [Test]
    public void The_indicators_count_villages_by_their_own_result_and_operating_income()
    {
        Cli.Ok("village", "add", "V003", "永庆村", "--user", "zhang");
        Cli.Ok("village", "add", "V004", "新华村", "--user", "zhang");
        AddAndPost("V001/collective", "2024-03-05", "收取租金", "101:30000.00:", "501::30000.00");        // 3万: under 5万
        AddAndPost("V003/collective", "2024-03-05", "收取租金", "101:80000.00:", "501::80000.00");        // 8万: 5–10万
        AddAndPost("V004/collective", "2024-03-05", "收到补助", "101:200000.00:", "503::200000.00");      // income, but no 经营收益
        AddAndPost("V004/collective", "2024-03-06", "支付经营支出", "511:100.00:", "101::100.00");

        var n = Indicators(Json(Cli, "report", "stats", "--table", "6", "--year", "2024"));

        Assert.That(n, Is.EqualTo(new Dictionary<string, int> { ["22"] = 4, ["23"] = 1, ["24"] = 3, ["25"] = 2, ["26"] = 1, ["27"] = 1, ["28"] = 0 }));
    }

    [Test]
    public void The_upload_workbook_reads_back_with_the_forms_header_codes_and_figures()
    {
        AddAndPost("V001/collective", "2024-03-05", "收取租金", "101:12345.67:", "501::12345.67");

        var result = Cli.Ok("report", "stats", "--table", "6", "--year", "2024", "--out", "t6.xlsx");

        Assert.That(result.Output, Does.Contain("t6.xlsx"));
        using var workbook = SpreadsheetDocument.Open(Cli.PathOf("t6.xlsx"), false);
        Assert.That(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook), Is.Empty, "Excel opens it without repairing it");
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Descendants<Cell>().Select(c => (c.InnerText, Number: c.DataType?.Value == CellValues.Number)).ToList()).ToList();
        var texts = rows.SelectMany(r => r).Select(c => c.InnerText).ToList();
        Assert.That(texts, Does.Contain("村集体经济组织收益分配"));
        Assert.That(texts, Has.Some.Contains("表号：农市(经)年综6表"));
        Assert.That(texts, Has.Some.Contains("单位：万元"));
        var row1 = rows.Single(r => r.Count == 4 && r[1].InnerText == "1");
        Assert.That(row1[0].InnerText, Is.EqualTo("一、经营收入"));
        Assert.That(row1[3], Is.EqualTo(("1.23", true)), "the figure is a number in 万元");
        Assert.That(rows.Single(r => r.Count == 4 && r[1].InnerText == "22")[3], Is.EqualTo(("2", true)), "汇入本表村数");
    }

    [Test]
    public void A_county_map_replaces_the_rows_and_a_broken_map_is_refused_naming_what()
    {
        AddAndPost("V001/collective", "2024-03-05", "收取租金", "101:10000.00:", "501::10000.00");
        var seed = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "stats", "table-6-2023.json"));
        File.WriteAllText(Cli.PathOf("county.json"), seed.Replace("\"name\": \"二、发包及上交收入\", \"formula\": \"0\"", "\"name\": \"二、发包及上交收入\", \"formula\": \"mov(501)\"", StringComparison.Ordinal)
            .Replace("\"key\": \"R02\", \"code\": \"2\", \"name\": \"二、发包及上交收入\", \"formula\": \"mov(501)\", \"sign\": 1", "\"key\": \"R02\", \"code\": \"2\", \"name\": \"二、发包及上交收入\", \"formula\": \"mov(501)\", \"sign\": -1", StringComparison.Ordinal));
        File.WriteAllText(Cli.PathOf("broken.json"), seed.Replace("R01+R02+R03-R04-R05", "R01+R99", StringComparison.Ordinal));

        var county = Values(Json(Cli, "report", "stats", "--table", "6", "--year", "2024", "--map", "county.json"));
        var broken = Cli.Run("report", "stats", "--table", "6", "--year", "2024", "--map", "broken.json");

        Assert.That(county["2"], Is.EqualTo(1.00m));
        Assert.That(broken.ExitCode, Is.EqualTo(2));
        Assert.That(broken.Error, Does.Contain("broken.json").And.Contain("R99"));
    }

    [Test]
    public void The_exact_amounts_are_the_sums_of_the_villages_own_income_statements()
    {
        AddAndPost("V001/collective", "2024-03-05", "收取租金", "101:1234.56:", "501::1234.56");
        AddAndPost("V002/collective", "2024-03-05", "收取租金", "101:789.01:", "501::789.01");
        AddAndPost("V002/collective", "2024-03-07", "付管理费", "513:100.00:", "101::100.00");

        var rows = Json(Cli, "report", "stats", "--table", "6", "--year", "2024").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => decimal.Parse(r.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture));
        var own = new[] { "V001", "V002" }.Select(v => Json(Cli, "report", "income", "--book", $"{v}/collective", "--period", "2024")
            .GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => decimal.Parse(r.GetProperty("year").GetString()!, CultureInfo.InvariantCulture))).ToList();

        Assert.That(rows["1"], Is.EqualTo(own.Sum(o => o["I01"])));
        Assert.That(rows["5"], Is.EqualTo(own.Sum(o => o["I05"])));
        Assert.That(rows["11"], Is.EqualTo(own.Sum(o => o["I13"])));
    }

    private void AddAndPost(string book, string date, string summary, params string[] lines)
    {
        var added = Cli.Ok(["voucher", "add", "--book", book, "--date", date, "--summary", summary, .. lines.SelectMany(l => new[] { "--line", l }), "--user", book.StartsWith("V001", StringComparison.Ordinal) ? "wang" : "zhao"]).Output;
        var id = System.Text.RegularExpressions.Regex.Match(added, @"Submitted voucher (\d+)").Groups[1].Value;
        Cli.Ok("voucher", "approve", $"{id}", "--user", "li");
        Cli.Ok("voucher", "post", "--period", date[..7], "--book", book, "--user", book.StartsWith("V001", StringComparison.Ordinal) ? "zhao" : "qian");
    }

    protected override void Prepare() => Township.Ok("user", "add", "qian", "--role", "township-accountant", "--user", "zhang");

    private static JsonElement Json(CliRunner cli, params string[] args) => JsonDocument.Parse(cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private static Dictionary<string, decimal> Values(JsonElement table) => table.GetProperty("rows").EnumerateArray()
        .ToDictionary(r => r.GetProperty("code").GetString()!, r => decimal.Parse(r.GetProperty("value").GetString()!, CultureInfo.InvariantCulture));

    private static Dictionary<string, int> Indicators(JsonElement table) => table.GetProperty("indicators").EnumerateArray()
        .ToDictionary(r => r.GetProperty("code").GetString()!, r => int.Parse(r.GetProperty("value").GetString()!, CultureInfo.InvariantCulture));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Ledger.sln")))
        {
            folder = folder.Parent!;
        }
        return folder.FullName;
    }
}
