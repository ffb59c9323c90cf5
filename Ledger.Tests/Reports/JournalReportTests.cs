using System.Text.Json;
using Ledger.Core;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// The cash and bank journals (report journal, issue 18) as JSON: each day's balance steps from the opening by the
/// day's debits and credits, and the last day ends on the trial balance's closing balance of the account.
/// </summary>
public sealed class JournalReportTests : DemoStore
{
    [TestCase("V001/committee", "101", "2024-Q1")] // cash drawn from the bank and paid out
    [TestCase("V001/committee", "102", "2024-Q1")]
    [TestCase("V001/collective", "10201", "2024-Q1")] // one bank account under 102
    [TestCase("V002/committee", "102", "2024-02")] // a month inside the quarter: the opening is January's end
    public void The_days_balances_step_from_the_opening_to_the_trial_balances_closing(string book, string account, string period)
    {
        var journal = Json(Demo.Ok("report", "journal", "--db", "vledger-demo.db", "--book", book, "--account", account, "--period", period, "--format", "json"));
        var trial = Json(Demo.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", book, "--period", period, "--format", "json"));

        AssertStepsToTheTrialBalance(journal, trial, account);
        Assert.That(journal.GetProperty("days").GetArrayLength(), Is.GreaterThan(0), "the demo moves money in this account");
    }

    [Test]
    public void On_a_generated_township_the_journal_of_a_year_and_of_each_month_ends_on_the_trial_balance()
    {
        using var cli = new CliRunner();
        cli.WithGeneratedYear(vouchers: 300, villages: 1, seed: 7);

        foreach (var period in new[] { "2024", "2024-01", "2024-Q2", "2024-07", "2024-12" })
        {
            var journal = Json(cli.Ok("report", "journal", "--book", "V001/collective", "--account", "102", "--period", period, "--format", "json"));
            var trial = Json(cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", period, "--format", "json"));
            AssertStepsToTheTrialBalance(journal, trial, "102");
        }
        Assert.That(Json(cli.Ok("report", "journal", "--book", "V001/collective", "--account", "102", "--period", "2024", "--format", "json"))
            .GetProperty("days").GetArrayLength(), Is.GreaterThan(20), "a generated year moves the bank on many days");
    }

    [Test]
    public void Months_carry_their_own_totals_and_the_year_to_date()
    {
        var journal = Json(Demo.Ok("report", "journal", "--db", "vledger-demo.db", "--book", "V001/committee", "--account", "102", "--period", "2024-Q1", "--format", "json"));

        var months = journal.GetProperty("months").EnumerateArray().ToList();
        Assert.That(months.Select(m => m.GetProperty("month").GetString()), Is.EqualTo(new[] { "2024-01", "2024-02", "2024-03" }));
        // The demo's committee takes 60,000.00 of 补助收入 in January and 80,000.00 of road money in February.
        Assert.That(months.Select(m => m.GetProperty("debit").GetString()), Is.EqualTo(new[] { "60000.00", "80000.00", "0.00" }));
        Assert.That(months.Select(m => m.GetProperty("year_debit").GetString()), Is.EqualTo(new[] { "60000.00", "140000.00", "140000.00" }));
        Assert.That(months[^1].GetProperty("balance").GetString(), Is.EqualTo(journal.GetProperty("closing_balance").GetString()));
        var entry = journal.GetProperty("days")[0].GetProperty("entries")[0];
        Assert.That(entry.GetProperty("number").GetString(), Is.EqualTo("记-1"));
        Assert.That(entry.GetProperty("counter_accounts").GetString(), Is.EqualTo("补助收入"));
    }

    [Test]
    public void A_period_without_vouchers_gives_the_opening_and_empty_days()
    {
        var journal = Json(Demo.Ok("report", "journal", "--db", "vledger-demo.db", "--book", "V001/committee", "--account", "102", "--period", "2025-01", "--format", "json"));
        var table = Demo.Ok("report", "journal", "--db", "vledger-demo.db", "--book", "V001/collective", "--account", "101", "--period", "2024-Q1", "--lang", "zh");

        Assert.That(journal.GetProperty("days").GetArrayLength(), Is.Zero);
        Assert.That(journal.GetProperty("opening_balance").GetString(), Is.EqualTo("70790.80"), "the committee's bank at the end of the demo's quarter");
        Assert.That(journal.GetProperty("closing_balance").GetString(), Is.EqualTo("70790.80"));
        Assert.That(table.Output, Does.Contain("现金日记账").And.Contain("上年结转").And.Contain("本月合计"), "an account with no entries still prints its opening and totals");
    }

    [Test]
    public void The_journal_writes_its_printed_form_to_html_and_to_a_workbook()
    {
        string[] Args(string file) => ["report", "journal", "--db", "vledger-demo.db", "--book", "V001/committee", "--account", "102", "--period", "2024-Q1", "--out", file];
        Demo.Ok(Args("bank.html"));
        Demo.Ok(Args("bank.xlsx"));

        var html = File.ReadAllText(Demo.PathOf("bank.html"));
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Demo.PathOf("bank.xlsx"), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.That(html, Does.Contain("<h1>银行存款日记账</h1>").And.Contain(">上年结转<").And.Contain(">本年累计<").And.Contain(">70,790.80<"));
        Assert.That(cells, Does.Contain("银行存款日记账").And.Contain("对方科目").And.Contain("本月合计").And.Contain("70790.80"));
    }

    [TestCase("V001/collective", "999", "999")] // no such account
    [TestCase("V001/collective", "501", "501")] // no journal is kept for an income account
    [TestCase("V009/collective", "101", "V009")] // no such book
    public void Refuses_what_has_no_journal_naming_it(string book, string account, string named)
    {
        var refused = Demo.Run("report", "journal", "--db", "vledger-demo.db", "--book", book, "--account", account, "--period", "2024-Q1");

        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Error);
        Assert.That(refused.Error, Does.Contain(named));
    }

    [Test]
    public void The_ledger_prints_as_a_general_or_columnar_ledger_when_asked_and_its_json_stays_as_it_was()
    {
        string[] Args(params string[] more) => ["report", "ledger", "--db", "vledger-demo.db", "--book", "V001/committee", .. more];
        Demo.Ok(Args("--account", "241", "--period", "2024-Q1", "--kind", "general", "--out", "241.html"));
        var columnar = Demo.Ok(Args("--account", "513", "--period", "2024-Q1", "--kind", "columnar", "--format", "csv"));
        var json = Json(Demo.Ok(Args("--account", "513", "--period", "2024-Q1", "--kind", "columnar", "--format", "json")));
        var wrong = Demo.Run(Args("--account", "513", "--period", "2024-Q1", "--kind", "ledger"));

        // The road money: 80,000.00 in in February, 50,000.00 paid out in March, 30,000.00 still owed (贷).
        Assert.That(File.ReadAllText(Demo.PathOf("241.html")), Does.Contain("<h1>总账</h1>").And.Contain(">80,000.00<").And.Contain(">30,000.00<").And.Contain(">贷<"));
        Assert.That(columnar.Output, Does.Contain("借方金额分析/办公费").And.Contain("本年累计"));
        Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "book", "account", "name", "period", "opening", "entries", "debits", "credits", "closing" }));
        Assert.That(wrong.ExitCode, Is.EqualTo(2));
        Assert.That(wrong.Error, Does.Contain("--kind"));
    }

    private static void AssertStepsToTheTrialBalance(JsonElement journal, JsonElement trial, string account)
    {
        var balance = Amount(journal.GetProperty("opening_balance"));
        Money debits = Money.Zero, credits = Money.Zero;
        foreach (var day in journal.GetProperty("days").EnumerateArray())
        {
            var (debit, credit) = (Amount(day.GetProperty("debit")), Amount(day.GetProperty("credit")));
            var entries = day.GetProperty("entries").EnumerateArray().ToList();
            Assert.That(Money.Sum(entries.Select(e => Amount(e.GetProperty("debit")))), Is.EqualTo(debit), $"the debits of {day.GetProperty("date")}");
            Assert.That(Money.Sum(entries.Select(e => Amount(e.GetProperty("credit")))), Is.EqualTo(credit), $"the credits of {day.GetProperty("date")}");
            balance = balance + debit - credit;
            Assert.That(Amount(day.GetProperty("balance")), Is.EqualTo(balance), $"the balance of {day.GetProperty("date")}");
            Assert.That(Amount(entries[^1].GetProperty("balance")), Is.EqualTo(balance), "the day's last entry ends on the day's balance");
            (debits, credits) = (debits + debit, credits + credit);
        }
        var row = trial.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == account);
        Assert.That(balance, Is.EqualTo(Amount(row.GetProperty("closing_debit")) - Amount(row.GetProperty("closing_credit"))), "the last day's balance is the trial balance's closing");
        Assert.That(Amount(journal.GetProperty("opening_balance")), Is.EqualTo(Amount(row.GetProperty("opening_debit")) - Amount(row.GetProperty("opening_credit"))));
        Assert.That(debits, Is.EqualTo(Amount(row.GetProperty("period_debit"))));
        Assert.That(credits, Is.EqualTo(Amount(row.GetProperty("period_credit"))));
        Assert.That(Amount(journal.GetProperty("closing_balance")), Is.EqualTo(balance));
    }

    private static Money Amount(JsonElement value) => Money.Parse(value.GetString()).Value;

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement;
}
