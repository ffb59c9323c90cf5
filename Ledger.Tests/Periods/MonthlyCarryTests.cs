using System.Globalization;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Periods;

/// <summary>
/// 损益结转 under the policy's carry_income "monthly" (issue 19): closing a month posts an engine-made voucher that
/// carries every income and expense account into 321 本年收益; reports of income read before it; reopening the month
/// reverses it, and the next close carries again. And <c>period check</c>, which says all this before the close.
/// </summary>
public sealed class MonthlyCarryTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        var policy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(TestLedger.LenientPolicy)!;
        policy["carry_income"] = JsonSerializer.SerializeToElement("monthly");
        File.WriteAllText(_cli.PathOf("monthly.json"), JsonSerializer.Serialize(policy));
        _cli.Ok("policy", "import", "monthly.json", "--user", "zhang");
        // Under the monthly carry months close in order; January and February have nothing in them.
        _cli.Ok("period", "close", "2024-01", "--book", "V001/collective", "--user", "zhao");
        _cli.Ok("period", "close", "2024-02", "--book", "V001/collective", "--user", "zhao");
        Post("2024-03-05", "收取租金", "10201:1000.00:", "501::1000.00");
        Post("2024-03-12", "支付维修费", "511:300.00:", "10201::300.00");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void Closing_a_month_carries_every_income_and_expense_account_into_321_while_the_income_statement_still_shows_the_month()
    {
        var close = _cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao", "--lang", "en");

        Assert.That(close.Output, Does.Contain("V001/collective 2024-03: carried the month's income and expense into 321 as 记-3"));
        var rows = TrialBalance();
        Assert.That(rows["501"].GetProperty("closing_credit").GetString(), Is.EqualTo("0.00"), "501 ends the month at zero");
        Assert.That(rows["511"].GetProperty("closing_debit").GetString(), Is.EqualTo("0.00"), "511 ends the month at zero");
        Assert.That(rows["321"].GetProperty("closing_credit").GetString(), Is.EqualTo("700.00"), "321 holds the month's result");
        Assert.That(Income(), Is.EqualTo(("1000.00", "300.00")), "the income statement reads the month before its carry");
        Assert.That(_cli.Ok("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void The_township_accountant_reopens_a_carried_month_which_reverses_the_carry_and_the_next_close_carries_again()
    {
        _cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");

        _cli.Ok("period", "reopen", "2024-03", "--book", "V001/collective", "--reason", "补记漏记凭证", "--user", "zhao");

        var reopened = TrialBalance();
        Assert.That(reopened["501"].GetProperty("closing_credit").GetString(), Is.EqualTo("1000.00"), "the reversal puts 501 back");
        Assert.That(reopened.ContainsKey("321"), Is.False, "and takes the result out of 321, which the trial balance then leaves out");
        var vouchers = Vouchers();
        Assert.That(vouchers.Count(v => v.Summary == "结转本月损益" && v.Status == "reversed"), Is.EqualTo(1));
        Assert.That(vouchers.Count(v => v.Summary.StartsWith("注销", StringComparison.Ordinal) && v.Status == "posted"), Is.EqualTo(1));
        Assert.That(Income(), Is.EqualTo(("1000.00", "300.00")), "neither the carry nor its reversal is income");

        Post("2024-03-20", "补记租金", "10201:50.00:", "501::50.00");
        _cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");

        var closedAgain = TrialBalance();
        Assert.That(closedAgain["501"].GetProperty("closing_credit").GetString(), Is.EqualTo("0.00"));
        Assert.That(closedAgain["321"].GetProperty("closing_credit").GetString(), Is.EqualTo("750.00"));
        Assert.That(Income(), Is.EqualTo(("1050.00", "300.00")));
        var township = Json("report", "township", "--period", "2024-03").GetProperty("books").EnumerateArray()
            .Single(r => r.GetProperty("book").GetString() == "V001/collective");
        Assert.That(township.GetProperty("income").GetString(), Is.EqualTo("1050.00"), "the township view reads income before the carries");
        Assert.That(township.GetProperty("spending").GetString(), Is.EqualTo("300.00"));
        Assert.That(_cli.Ok("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void Period_check_lists_what_the_close_would_refuse_and_the_carry_it_would_post()
    {
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-25", "--summary", "待审", "--line", "10201:1.00:", "--line", "501::1.00", "--user", "wang");

        var blocked = Json("period", "check", "--book", "V001/collective", "--period", "2024-03")[0];
        Assert.That(blocked.GetProperty("can_close").GetBoolean(), Is.False);
        Assert.That(blocked.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()), Does.Contain("close.pending"));
        Assert.That(blocked.GetProperty("carry").GetProperty("to_result").GetString(), Is.EqualTo("700.00"));
        var carried = blocked.GetProperty("carry").GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("balance").GetString());
        Assert.That(carried, Is.EquivalentTo(new Dictionary<string, string?> { ["501"] = "-1000.00", ["511"] = "300.00" }));
        Assert.That(_cli.Run("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao").ExitCode, Is.EqualTo(1), "check and close agree");
    }

    [Test]
    public void Under_the_monthly_carry_months_close_in_order_so_that_no_months_income_is_carried_twice()
    {
        Post("2024-04-03", "收取租金", "10201:200.00:", "501::200.00");

        var april = _cli.Run("period", "close", "2024-04", "--book", "V001/collective", "--user", "zhao", "--lang", "en");

        Assert.That(april.ExitCode, Is.EqualTo(1));
        Assert.That(april.Error, Does.Contain("under the monthly carry months close in order, and 2024-03 is still open"));
        _cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");
        _cli.Ok("period", "close", "2024-04", "--book", "V001/collective", "--user", "zhao");
        var april321 = Json("report", "trial-balance", "--book", "V001/collective", "--period", "2024-04").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "321");
        Assert.That(april321.GetProperty("period_credit").GetString(), Is.EqualTo("200.00"), "April carries April's income only");
        Assert.That(april321.GetProperty("closing_credit").GetString(), Is.EqualTo("900.00"));
    }

    [Test]
    public void A_policy_with_an_unknown_carry_or_voucher_word_setting_is_refused_naming_the_key()
    {
        File.WriteAllText(_cli.PathOf("weekly.json"), TestLedger.LenientPolicy.TrimEnd().TrimEnd('}') + ", \"carry_income\": \"weekly\", \"voucher_words\": \"收支\"}");

        var import = _cli.Run("policy", "import", "weekly.json", "--user", "zhang", "--lang", "en");

        Assert.That(import.ExitCode, Is.EqualTo(1));
        Assert.That(import.Error, Does.Contain("carry_income must be one of \"yearly\" / \"monthly\""));
        Assert.That(import.Error, Does.Contain("voucher_words must be one of \"记\" / \"收付转\""));
    }

    /// <summary>Adds, approves and posts one voucher of the collective.</summary>
    private void Post(string date, string summary, params string[] lines)
    {
        var add = new List<string> { "voucher", "add", "--book", "V001/collective", "--date", date, "--summary", summary, "--user", "wang" };
        foreach (var line in lines)
        {
            add.AddRange(["--line", line]);
        }
        _cli.Ok([.. add]);
        var id = Vouchers().Max(v => v.Id).ToString(CultureInfo.InvariantCulture);
        _cli.Ok("voucher", "approve", id, "--user", "li");
        _cli.Ok("voucher", "post", "--period", date[..7], "--user", "zhao");
    }

    private Dictionary<string, JsonElement> TrialBalance() =>
        Json("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!);

    /// <summary>经营收入 and 经营支出 of the income statement for the year to March.</summary>
    private (string? Income, string? Spending) Income()
    {
        var rows = Json("report", "income", "--book", "V001/collective", "--period", "2024-03").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("year").GetString());
        return (rows["I01"], rows["I03"]);
    }

    private List<(long Id, string Summary, string Status)> Vouchers() =>
        [.. Json("voucher", "list", "--book", "V001/collective", "--format", "json").EnumerateArray()
            .Select(v => (v.GetProperty("id").GetInt64(), v.GetProperty("summary").GetString()!, v.GetProperty("status").GetString()!))];

    private JsonElement Json(params string[] args) => JsonDocument.Parse(_cli.Ok([.. args, "--format", "json"]).Output).RootElement;
}
