using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Audit;

/// <summary>
/// `report audit` puts the summary first, by rule and by village, then the findings; JSON carries the same in one
/// object whose `findings` keep the keys they always had.
/// </summary>
public sealed class AuditReportCommandTests : TownshipCopies
{
    protected override void Prepare()
    {
        Submit("V001/collective", "2024-03-01", "收取租金", "10201:3000.00:", "501::3000.00");
        Submit("V001/collective", "2024-03-05", "宴请镇检查组", "513:860.00:", "10201::860.00");
        Township.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
    }

    /// <summary>Adds a voucher to the fixture's township, which every test copies.</summary>
    private void Submit(string book, string date, string summary, params string[] lines) =>
        Township.Ok(["voucher", "add", "--book", book, "--date", date, "--summary", summary, "--attachments", "1", .. lines.SelectMany(l => new[] { "--line", l }), "--user", "wang"]);

    [Test]
    public void Json_is_one_object_with_the_period_a_summary_by_rule_and_village_and_the_findings()
    {
        var audit = JsonDocument.Parse(Cli.Ok("report", "audit", "--period", "2024-03", "--format", "json").Output).RootElement;

        Assert.That(audit.GetProperty("period").GetString(), Is.EqualTo("2024-03"));
        var byRule = audit.GetProperty("summary").GetProperty("by_rule").EnumerateArray().ToList();
        var hospitality = byRule.Single(r => r.GetProperty("rule").GetInt32() == 17);
        Assert.That(hospitality.GetProperty("count").GetInt32(), Is.EqualTo(1));
        Assert.That(hospitality.GetProperty("amount").GetString(), Is.EqualTo("860.00"));
        Assert.That(hospitality.GetProperty("title_zh").GetString(), Is.EqualTo("招待费、礼品、烟酒等禁止性支出"));
        Assert.That(byRule.Select(r => r.GetProperty("title").GetString()), Has.None.Contains("domain.md"));
        var villages = audit.GetProperty("summary").GetProperty("by_village").EnumerateArray()
            .Select(v => (v.GetProperty("village").GetString(), v.GetProperty("collective").GetInt32(), v.GetProperty("count").GetInt32())).ToList();
        Assert.That(villages, Is.EqualTo(new[] { ("V001", 1, 1), ("V002", 0, 0) }));
        var finding = audit.GetProperty("findings").EnumerateArray().Single();
        Assert.That(finding.GetProperty("rule").GetInt32(), Is.EqualTo(17));
        Assert.That(finding.GetProperty("code").GetString(), Is.EqualTo("hospitality"));
        Assert.That(finding.GetProperty("rule_title").GetString(), Is.EqualTo("hospitality, gifts, tobacco and alcohol paid by the village"));
        Assert.That(finding.GetProperty("why_zh").GetString(), Does.Contain("宴请镇检查组"));
    }

    [Test]
    public void The_chinese_table_shows_the_summary_by_rule_and_by_village_before_the_details()
    {
        Cli.With("LANG", "zh_CN.UTF-8");

        var output = Cli.Ok("report", "audit", "--period", "2024-03").Output;

        Assert.That(output, Does.StartWith("审计发现  2024-03：1 项"));
        var byRule = output.IndexOf("按规则汇总", StringComparison.Ordinal);
        var byVillage = output.IndexOf("按村汇总", StringComparison.Ordinal);
        var details = output.IndexOf("明细", StringComparison.Ordinal);
        Assert.That(byRule, Is.LessThan(byVillage).And.GreaterThan(0));
        Assert.That(byVillage, Is.LessThan(details));
        Assert.That(output[byRule..byVillage], Does.Contain("招待费、礼品、烟酒等禁止性支出").And.Contain("大额现金支付超过限额"));
        Assert.That(output[byVillage..details], Does.Contain("东风村").And.Contain("红旗村"));
        Assert.That(output[details..], Does.Contain("疑似招待、礼品类支出").And.Contain("“宴请”"));
    }

    [Test]
    public void A_village_with_nothing_found_says_so_after_its_summary()
    {
        var output = Cli.Ok("report", "audit", "--period", "2024-03", "--village", "V002").Output;

        Assert.That(output, Does.StartWith("Audit findings  2024-03: 0"));
        Assert.That(output, Does.Contain("红旗村").And.Not.Contain("东风村"));
        Assert.That(output.TrimEnd(), Does.EndWith("No rule found anything."));
    }
}
