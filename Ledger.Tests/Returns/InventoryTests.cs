using System.Globalization;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Returns;

/// <summary>
/// The yearly asset inventory (农清明细19-1): each collective's 账面数 from its balance sheet, the 核实数 the township
/// records and keeps, the lines computed from the verified ones, and the 汇总 over the villages.
/// </summary>
public sealed class InventoryTests : TownshipCopies
{
    protected override void Prepare()
    {
        Township.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "101:1000.00:", "--line", "501::1000.00", "--user", "wang");
        Township.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "应收租金", "--line", "112:500.00::张三", "--line", "501::500.00", "--user", "wang");
        Township.Ok("voucher", "add", "--book", "V002/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "101:200.00:", "--line", "501::200.00", "--user", "zhao");
        Township.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Township.Ok("user", "add", "qian", "--role", "township-accountant", "--user", "zhang");
        Township.Ok("voucher", "post", "--period", "2024-03", "--book", "V001/collective", "--user", "zhao");
        Township.Ok("voucher", "post", "--period", "2024-03", "--book", "V002/collective", "--user", "qian");
    }

    [Test]
    public void Verified_values_replace_the_book_values_of_their_lines_and_the_totals_follow()
    {
        File.WriteAllText(Cli.PathOf("verified.csv"), "村编码,行次,核实数\nV001,1,900.00\nV001,3,0.00\n");

        Cli.Ok("import", "inventory", "verified.csv", "--year", "2024", "--user", "li");
        var v001 = Lines(Json("report", "inventory", "--year", "2024", "--villages", "V001"));

        Assert.That(v001["A01"], Is.EqualTo((1000.00m, 900.00m, true)), "货币资金: book 1,000.00, verified 900.00");
        Assert.That(v001["A03"], Is.EqualTo((500.00m, 0.00m, true)), "应收款项 found uncollectable");
        Assert.That(v001["A06"], Is.EqualTo((1500.00m, 900.00m, false)), "流动资产合计 follows the verified lines");
        Assert.That(v001["A23"], Is.EqualTo((1500.00m, 900.00m, false)));
        Assert.That(v001["E03"], Is.EqualTo((1500.00m, 1500.00m, false)), "a line not verified keeps its book value");
    }

    [Test]
    public void The_summary_adds_the_villages_book_and_verified_values()
    {
        File.WriteAllText(Cli.PathOf("verified.csv"), "村编码,行次,核实数\nV001,1,900.00\nV002,1,150.00\n");
        Cli.Ok("import", "inventory", "verified.csv", "--year", "2024", "--user", "zhao");

        var summary = Json("report", "inventory", "--year", "2024");
        var lines = Lines(summary);

        Assert.That(summary.GetProperty("villages").GetInt32(), Is.EqualTo(2));
        Assert.That(lines["A01"], Is.EqualTo((1200.00m, 1050.00m, true)));
        Assert.That(lines["A23"], Is.EqualTo((1700.00m, 1550.00m, false)));
    }

    [Test]
    public void Every_value_set_is_kept_and_the_latest_is_the_forms()
    {
        File.WriteAllText(Cli.PathOf("first.csv"), "村编码,行次,核实数\nV001,1,900.00\n");
        File.WriteAllText(Cli.PathOf("second.csv"), "村编码,行次,核实数\nV001,1,950.00\n");

        Cli.Ok("import", "inventory", "first.csv", "--year", "2024", "--user", "li");
        Cli.Ok("import", "inventory", "second.csv", "--year", "2024", "--user", "li");

        Assert.That(Lines(Json("report", "inventory", "--year", "2024", "--villages", "V001"))["A01"].Verified, Is.EqualTo(950.00m));
        using var connection = StoreConnection.Open(Cli.StoreAddress);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM inventory_verified";
        Assert.That(Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2L));
    }

    [Test]
    public void A_computed_line_an_unknown_village_or_a_bad_amount_refuses_the_whole_file_naming_each_row()
    {
        File.WriteAllText(Cli.PathOf("bad.csv"), "村编码,行次,核实数\nV001,1,900.00\nV001,6,900.00\nV009,1,1.00\nV001,2,abc\n");

        var result = Cli.Run("import", "inventory", "bad.csv", "--year", "2024", "--user", "li");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("bad.csv:5: 核实数"));
        Assert.That(Lines(Json("report", "inventory", "--year", "2024", "--villages", "V001"))["A01"].Set, Is.False, "nothing was recorded");
        File.WriteAllText(Cli.PathOf("bad2.csv"), "村编码,行次,核实数\nV001,6,900.00\nV009,1,1.00\n");
        var second = Cli.Run("import", "inventory", "bad2.csv", "--year", "2024", "--user", "li");
        Assert.That(second.Error, Does.Contain("bad2.csv:2: 行次").And.Contain("computed from other lines"));
        Assert.That(second.Error, Does.Contain("bad2.csv:3: 村编码: there is no village V009"));
    }

    [Test]
    public void A_line_given_twice_in_one_file_is_refused_naming_both_rows()
    {
        File.WriteAllText(Cli.PathOf("twice.csv"), "村编码,行次,核实数\nV001,1,900.00\nV001,1,950.00\n");

        var result = Cli.Run("import", "inventory", "twice.csv", "--year", "2024", "--user", "li");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("twice.csv:3: 行次: village V001 line 1 was already given on row 2"));
    }

    [Test]
    public void A_clerk_may_not_record_verified_values()
    {
        File.WriteAllText(Cli.PathOf("verified.csv"), "村编码,行次,核实数\nV001,1,900.00\n");

        var result = Cli.Run("import", "inventory", "verified.csv", "--year", "2024", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("may not do this"));
    }

    [Test]
    public void The_form_prints_with_its_number_and_both_columns()
    {
        Cli.Ok("report", "inventory", "--year", "2024", "--villages", "V001", "--out", "19-1.html");

        var page = File.ReadAllText(Cli.PathOf("19-1.html"));

        Assert.That(page, Does.Contain("农清明细19-1").And.Contain("账面数").And.Contain("核实数").And.Contain("1,500.00"));
    }

    private JsonElement Json(params string[] args) => JsonDocument.Parse(Cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    private static Dictionary<string, (decimal Book, decimal Verified, bool Set)> Lines(JsonElement form) =>
        form.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => (
            decimal.Parse(r.GetProperty("book").GetString()!, CultureInfo.InvariantCulture),
            decimal.Parse(r.GetProperty("verified").GetString()!, CultureInfo.InvariantCulture),
            r.GetProperty("verified_set").GetBoolean()));
}
