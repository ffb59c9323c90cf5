using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>A cooperative's year from the command line, as the contract writes the commands.</summary>
public sealed class ShareCooperativeCliTests
{
    private const string Members = """
        户号,姓名,身份证号,股份类型,股数
        H001,沈建国,330407195001011234,人口股,3
        H002,王秀英,330400196203154321,人口股,2
        H003,陈志明,33042419700808567X,人口股,4
        H004,张桂芳,330405198512120011,农龄股,12
        H005,李阿毛,330406194907070707,人口股,1
        H006,朱福林,330418196611110022,农龄股,7
        H007,陈海燕,330409199502020033,人口股,1
        """;

    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        _cli.Ok("user", "add", "tang", "--role", "finance-group", "--village", "V001", "--user", "zhang");
        _cli.Ok("account", "add", "--book", "V001/collective", "50401", "其他收入-征地补偿", "--non-distributable", "--user", "zhang");
        File.WriteAllText(_cli.PathOf("classes.csv"), "股份类型,权重\n人口股,1\n农龄股,0.5\n");
        File.WriteAllBytes(_cli.PathOf("members.csv"), BankFixtures.Gbk(Members));
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private JsonElement Json(params string[] args) => JsonDocument.Parse(_cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private static decimal Amount(JsonElement element) => decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture);

    private void Post(string date, string summary, params string[] lines)
    {
        var args = new List<string> { "voucher", "add", "--book", "V001/collective", "--date", date, "--summary", summary, "--user", "wang" };
        args.AddRange(lines.SelectMany(l => new[] { "--line", l }));
        _cli.Ok([.. args]);
        var id = Json("voucher", "list", "--period", date[..7], "--book", "V001/collective").EnumerateArray()
            .Last(v => v.GetProperty("summary").GetString() == summary).GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        _cli.Ok("voucher", "approve", id, "--user", "li");
        _cli.Ok("voucher", "post", "--period", date[..7], "--book", "V001/collective", "--user", "zhao");
    }

    private void CloseMonths(int first, int last)
    {
        for (var month = first; month <= last; month++)
        {
            _cli.Ok("period", "close", $"2024-{month:00}", "--book", "V001/collective", "--user", "zhao");
        }
    }

    [Test]
    public void A_year_register_fixation_inheritance_plan_approval_posting_and_the_trial_balance_after()
    {
        Post("2024-01-05", "收取鱼塘承包费", "10201:36000.00:", "501::36000.00");
        Post("2024-06-10", "厂房维修", "511:4350.00:", "10201::4350.00");
        Post("2024-09-01", "收到征地补偿款", "10201:20000.00:", "50401::20000.00");
        _cli.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        _cli.Ok("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");
        _cli.Ok("shares", "fix", "--book", "V001/collective", "--date", "2020-12-31", "--user", "zhao");
        _cli.Ok("shares", "event", "--book", "V001/collective", "--type", "继承", "--from", "H003", "--to", "H007", "--units", "2", "--date", "2024-05-01", "--user", "wang");

        var register = Json("shares", "register", "--book", "V001/collective", "--date", "2024-12-31").EnumerateArray().ToDictionary(r => r.GetProperty("household").GetString()!);
        Assert.That(register["H003"].GetProperty("units").GetDecimal(), Is.EqualTo(2m));
        Assert.That(register["H007"].GetProperty("units").GetDecimal(), Is.EqualTo(3m));
        Assert.That(register["H003"].GetProperty("id_number").GetString(), Is.EqualTo("3304**********567X"));

        CloseMonths(1, 1);
        var early = _cli.Run("dividends", "plan", "--book", "V001/collective", "--year", "2024", "--user", "wang", "--lang", "zh");
        Assert.That(early.ExitCode, Is.EqualTo(1), "in February the year's result is not known yet");
        Assert.That(early.Error, Does.Contain("先结账 2024-02 至 2024-11").And.Contain("vledger period close 2024-02 --book V001/collective"));
        CloseMonths(2, 11);

        var plan = Json("dividends", "plan", "--book", "V001/collective", "--year", "2024", "--user", "wang");
        Assert.That(Amount(plan.GetProperty("distributable")), Is.EqualTo(31650.00m), "36000 − 4350, the land compensation left out");
        Assert.That(Amount(plan.GetProperty("reserve")), Is.EqualTo(9495.00m));
        var pool = Amount(plan.GetProperty("pool"));
        Assert.That(pool, Is.EqualTo(22155.00m));
        var households = plan.GetProperty("households").EnumerateArray().ToList();
        Assert.That(households.Sum(h => Amount(h.GetProperty("amount"))), Is.EqualTo(pool));
        Assert.That(households.Select(h => h.GetProperty("units").GetDecimal()), Is.EqualTo(new[] { 3m, 2m, 2m, 6m, 1m, 3.5m, 3m }));

        _cli.Ok("dividends", "plan", "--book", "V001/collective", "--year", "2024", "--out", "plan.html", "--user", "wang");
        _cli.Ok("dividends", "plan", "--book", "V001/collective", "--year", "2024", "--out", "plan.xlsx", "--user", "wang");
        var board = File.ReadAllText(_cli.PathOf("plan.html"));
        Assert.That(board, Does.Contain("3304**********567X").And.Contain("东风村股份经济合作社2024年度收益分配方案公示"));
        Assert.That(board, Does.Not.Contain("33042419700808567X"));
        using (var workbook = ZipFile.OpenRead(_cli.PathOf("plan.xlsx")))
        {
            using var sheet = new StreamReader(workbook.Entries.Single(e => e.FullName.Contains("worksheets/sheet", StringComparison.Ordinal)).Open());
            var xml = sheet.ReadToEnd();
            Assert.That(xml, Does.Contain("3304**********567X").And.Not.Contain("33042419700808567X"));
        }

        Assert.That(_cli.Run("dividends", "post", "--book", "V001/collective", "--year", "2024", "--user", "zhao").ExitCode, Is.EqualTo(1), "not approved yet");
        _cli.Ok("dividends", "approve", "--book", "V001/collective", "--year", "2024", "--user", "li");
        _cli.Ok("dividends", "approve", "--book", "V001/collective", "--year", "2024", "--user", "tang");
        var unresolved = _cli.Run("dividends", "post", "--book", "V001/collective", "--year", "2024", "--user", "zhao");
        Assert.That(unresolved.ExitCode, Is.EqualTo(1), "no members' assembly resolution yet");
        Assert.That(unresolved.Error, Does.Contain("dividends approve --book V001/collective --year 2024 --resolution"));
        _cli.Ok("dividends", "approve", "--book", "V001/collective", "--year", "2024", "--resolution", "东风村社员代表大会决议〔2024〕3号", "--user", "tang");
        _cli.Ok("dividends", "post", "--book", "V001/collective", "--year", "2024", "--user", "zhao");

        var payments = File.ReadAllLines(_cli.PathOf("dividends-V001-2024.csv"), Encoding.UTF8);
        Assert.That(payments[0], Is.EqualTo("序号,户号,户主,身份证号,实发金额"));
        Assert.That(payments.Skip(1).Sum(l => decimal.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)), Is.EqualTo(pool));
        var rows = Json("report", "trial-balance", "--book", "V001/collective", "--period", "2024").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.That(Amount(rows["32201"].GetProperty("period_debit")), Is.EqualTo(9495.00m + pool));
        Assert.That(Amount(rows["311"].GetProperty("closing_credit")), Is.EqualTo(9495.00m));
        Assert.That(Amount(rows["211"].GetProperty("closing_credit")), Is.EqualTo(pool));
        var posted = Json("dividends", "plan", "--book", "V001/collective", "--year", "2024");
        Assert.That(posted.GetProperty("status").GetString(), Is.EqualTo("posted"));
        Assert.That(posted.GetProperty("resolution").GetString(), Is.EqualTo("东风村社员代表大会决议〔2024〕3号"));

        _cli.Ok("year", "close", "2024", "--book", "V001/collective", "--user", "zhao");
        var income = Json("report", "income", "--book", "V001/collective", "--year", "2024").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => Amount(r.GetProperty("year")));
        var balanceSheet = Json("report", "balance-sheet", "--book", "V001/collective", "--period", "2024-12").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => Amount(r.GetProperty("closing")));
        var closed = Json("report", "trial-balance", "--book", "V001/collective", "--period", "2024").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!);
        var retained = 51650.00m - 20000.00m - 9495.00m - pool;
        Assert.That(income["I17"], Is.EqualTo(9495.00m), "提取公积公益金");
        Assert.That(income["I18"], Is.EqualTo(pool), "向成员分配");
        Assert.That(income["I20"], Is.EqualTo(retained + 20000.00m), "年末未分配收益: what the plan retained, and the land compensation kept back");
        Assert.That(balanceSheet["E03"], Is.EqualTo(income["I20"]), "the balance sheet's 未分配收益");
        Assert.That(Amount(closed["322"].GetProperty("closing_credit")), Is.EqualTo(income["I20"]));
        Assert.That(Amount(closed["32202"].GetProperty("closing_credit")), Is.EqualTo(income["I20"]));
        _cli.Ok("verify");
    }

    [Test]
    public void Refuses_a_plan_for_a_year_without_a_positive_result_and_says_why()
    {
        Post("2024-06-10", "赊购修理", "511:4350.00:", "201::4350.00");
        _cli.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        _cli.Ok("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");
        _cli.Ok("shares", "fix", "--book", "V001/collective", "--date", "2020-12-31", "--user", "zhao");
        CloseMonths(1, 11);

        var result = _cli.Run("dividends", "plan", "--book", "V001/collective", "--year", "2024", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("-4350.00").And.Contain("never borrowed"));
    }

    [Test]
    public void An_event_on_a_household_that_does_not_exist_is_refused_naming_it()
    {
        _cli.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        _cli.Ok("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");
        _cli.Ok("shares", "fix", "--book", "V001/collective", "--date", "2020-12-31", "--user", "zhao");

        var result = _cli.Run("shares", "event", "--book", "V001/collective", "--type", "继承", "--from", "H003", "--to", "H099", "--units", "1", "--date", "2024-05-01", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("H099"));
    }
}
