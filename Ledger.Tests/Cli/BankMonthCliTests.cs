using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>A month held against the bank from the command line, with the policy requiring reconciliation to close.</summary>
public sealed class BankMonthCliTests : TownshipCopies
{
    private const string Statement = """
        中国农业银行 账户交易明细
        账号：6228480321000012345,户名：东风村股份经济合作社
        交易日期,交易流水号,摘要,对方户名,借方发生额,贷方发生额,余额
        2024-03-05,S001,转账存入,王五,,3000.00,3000.00
        2024-03-12,S002,维修费,宏达建筑队,800.00,,2200.00
        2024-03-15,S003,现金存入,张某,,500.00,2700.00
        合计,,,,800.00,3500.00,
        """;

    protected override void Prepare()
    {
        File.WriteAllText(Township.PathOf("policy.json"), """
            {"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false,
             "bank_reconciliation_required": true, "bank_match_days": 5, "grace_days": 30}
            """);
        Township.Ok("policy", "import", "policy.json", "--user", "zhang");
        File.WriteAllBytes(Township.PathOf("stmt-2024-03.csv"), BankFixtures.Gbk(Statement));
    }

    private JsonElement Json(params string[] args) => JsonDocument.Parse(Cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private void Post(string date, string summary, string debit, string credit)
    {
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", date, "--summary", summary, "--line", debit, "--line", credit, "--user", "wang");
        var id = Json("voucher", "list", "--period", date[..7], "--book", "V001/collective", "--status", "submitted")[0].GetProperty("id").GetInt64();
        Cli.Ok("voucher", "approve", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "li");
        Cli.Ok("voucher", "post", "--period", date[..7], "--book", "V001/collective", "--user", "zhao");
    }

    [Test]
    public void Vouchers_statement_match_an_off_book_line_found_resolved_by_a_voucher_then_close()
    {
        Post("2024-03-04", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00");
        Post("2024-03-11", "支付维修费", "511:800.00:", "10201::800.00");
        Cli.Ok("import", "bank-statement", "stmt-2024-03.csv", "--book", "V001/collective", "--account", "102", "--user", "wang");
        Cli.Ok("bank", "match", "--book", "V001/collective", "--account", "102", "--period", "2024-03", "--user", "zhao");

        var before = Json("report", "bank-reconciliation", "--book", "V001/collective", "--account", "102", "--period", "2024-03");
        Assert.That(before.GetProperty("book_balance").GetString(), Is.EqualTo("2200.00"));
        Assert.That(before.GetProperty("bank_balance").GetString(), Is.EqualTo("2700.00"));
        Assert.That(before.GetProperty("adjusted_book_balance").GetString(), Is.EqualTo(before.GetProperty("adjusted_bank_balance").GetString()));
        var offBook = before.GetProperty("unmatched_bank_lines").EnumerateArray().Single();
        Assert.That(offBook.GetProperty("amount").GetString(), Is.EqualTo("500.00"));
        Assert.That(offBook.GetProperty("date").GetString(), Is.EqualTo("2024-03-15"));
        Assert.That(offBook.GetProperty("summary").GetString(), Does.Contain("张某"));
        Assert.That(before.GetProperty("unmatched_book_lines").GetArrayLength(), Is.Zero);

        var refused = Cli.Run("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");
        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.Error, Does.Contain("10201").And.Contain("not reconciled"));

        Post("2024-03-15", "张某交来现金存入", "10201:500.00:", "504::500.00");
        Cli.Ok("bank", "match", "--book", "V001/collective", "--account", "102", "--period", "2024-03", "--user", "zhao");
        var after = Json("report", "bank-reconciliation", "--book", "V001/collective", "--account", "102", "--period", "2024-03");
        Assert.That(after.GetProperty("unmatched_bank_lines").GetArrayLength(), Is.Zero);
        Assert.That(after.GetProperty("reconciled").GetBoolean(), Is.True);
        Cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");
    }

    [Test]
    public void A_payment_the_bank_clears_after_the_months_end_is_in_transit_and_the_month_closes()
    {
        // Issue 16.5b: with bank_reconciliation_required, January was refused ("the statement only reaches
        // 2024-01-25") although the statement runs into February and the adjusted balances agree. The 10,000 booked
        // on 01-02, before the statement's first line, is settled by the statement's opening (16.5a).
        File.WriteAllBytes(Cli.PathOf("stmt-2024-01.csv"), BankFixtures.Gbk(BankFixtures.JanuaryCsv));
        Post("2024-01-02", "期初存款", "10201:10000.00:", "301::10000.00");
        Post("2024-01-04", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00");
        Post("2024-01-25", "支付工程款 宏达建筑队", "511:1000.00:", "10201::1000.00");
        Post("2024-01-30", "支付木工费 李木匠", "511:2000.00:", "10201::2000.00");
        Cli.Ok("import", "bank-statement", "stmt-2024-01.csv", "--book", "V001/collective", "--account", "102", "--user", "wang");
        Cli.Ok("bank", "match", "--book", "V001/collective", "--account", "102", "--period", "2024-01", "--user", "zhao");

        var r = Json("report", "bank-reconciliation", "--book", "V001/collective", "--account", "102", "--period", "2024-01");
        var closed = Cli.Run("period", "close", "2024-01", "--book", "V001/collective", "--user", "zhao");

        Assert.That(r.GetProperty("statement_opening").GetString(), Is.EqualTo("10000.00"));
        Assert.That(r.GetProperty("book_balance").GetString(), Is.EqualTo("10000.00"));
        Assert.That(r.GetProperty("bank_balance").GetString(), Is.EqualTo("12000.00"));
        var inTransit = r.GetProperty("unmatched_book_lines").EnumerateArray().Single();
        Assert.That(inTransit.GetProperty("date").GetString(), Is.EqualTo("2024-01-30"));
        Assert.That(inTransit.GetProperty("amount").GetString(), Is.EqualTo("-2000.00"));
        Assert.That(r.GetProperty("in_transit").GetArrayLength(), Is.EqualTo(1));
        Assert.That(r.GetProperty("adjusted_book_balance").GetString(), Is.EqualTo("10000.00"));
        Assert.That(r.GetProperty("adjusted_bank_balance").GetString(), Is.EqualTo("10000.00"));
        Assert.That(closed.ExitCode, Is.EqualTo(0), closed.Error);
    }

    [Test]
    public void A_statement_with_a_missing_line_is_refused_naming_the_row_and_exits_1()
    {
        File.WriteAllBytes(Cli.PathOf("broken.csv"), BankFixtures.Gbk(Statement.Replace("2024-03-12,S002,维修费,宏达建筑队,800.00,,2200.00\n", "", StringComparison.Ordinal)));

        var result = Cli.Run("import", "bank-statement", "broken.csv", "--book", "V001/collective", "--account", "102", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("broken.csv:5:").And.Contain("missing"));
    }

    [Test]
    public void The_contracts_register_is_imported_and_reported_for_the_year()
    {
        File.WriteAllText(Cli.PathOf("contracts.csv"), "合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期(月/季/年)\nC-001,王五,鱼塘,2024-01-01,2026-12-31,3000.00,季\n");
        Cli.Ok("import", "contracts", "contracts.csv", "--book", "V001/collective", "--user", "wang");
        Post("2024-01-02", "期初存款", "10201:10000.00:", "301::10000.00");
        Post("2024-03-04", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00");

        var row = Json("report", "contracts", "--book", "V001/collective", "--year", "2024")[0];

        Assert.That(row.GetProperty("number").GetString(), Is.EqualTo("C-001"));
        Assert.That(row.GetProperty("as_of").GetString(), Is.EqualTo("2024-04-02"), "the session's clock");
        Assert.That(row.GetProperty("due_to_date").GetString(), Is.EqualTo("6000.00"));
        Assert.That(row.GetProperty("due_year").GetString(), Is.EqualTo("12000.00"));
        Assert.That(row.GetProperty("received").GetString(), Is.EqualTo("3000.00"));
        Assert.That(row.GetProperty("outstanding").GetString(), Is.EqualTo("3000.00"));
    }

    [Test]
    public void The_contracts_report_run_in_February_shows_what_is_due_to_date_apart_from_the_years_total()
    {
        // Issue 16.6: in February the whole year showed as outstanding.
        Cli.Clock.Now = new DateTimeOffset(2024, 2, 15, 2, 0, 0, TimeSpan.Zero);
        File.WriteAllText(Cli.PathOf("contracts.csv"), "合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期(月/季/年)\nC-001,王五,鱼塘,2024-01-01,2026-12-31,3000.00,季\nC-002,周六,荒地,2024-01-01,2024-12-31,500.00,月\n");
        Cli.Ok("import", "contracts", "contracts.csv", "--book", "V001/collective", "--user", "wang");
        Post("2024-01-05", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00");

        var rows = Json("report", "contracts", "--book", "V001/collective", "--year", "2024").EnumerateArray().ToDictionary(r => r.GetProperty("number").GetString()!);
        var table = Cli.Ok("report", "contracts", "--book", "V001/collective", "--year", "2024", "--lang", "zh").Output;

        Assert.That(rows["C-001"].GetProperty("due_to_date").GetString(), Is.EqualTo("3000.00"));
        Assert.That(rows["C-001"].GetProperty("due_year").GetString(), Is.EqualTo("12000.00"));
        Assert.That(rows["C-001"].GetProperty("outstanding").GetString(), Is.EqualTo("0.00"));
        Assert.That(rows["C-002"].GetProperty("due_to_date").GetString(), Is.EqualTo("1000.00"));
        Assert.That(rows["C-002"].GetProperty("due_year").GetString(), Is.EqualTo("6000.00"));
        Assert.That(rows["C-002"].GetProperty("outstanding").GetString(), Is.EqualTo("1000.00"));
        Assert.That(table, Does.Contain("截至应收").And.Contain("全年应收").And.Contain("2024-02-15"));
    }
}
