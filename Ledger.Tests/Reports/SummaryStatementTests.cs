using System.Globalization;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// report summary (issue 21): a statement of many books summed line by line equals, to the fen, the sum of the
/// villages' own statements, for every subset of the demo's villages, both statements and both kinds of book.
/// </summary>
public sealed class SummaryStatementTests : TownshipCopies
{
    private static readonly string[] Villages = ["V001", "V002", "V003"];

    protected override void Prepare() => Township.Ok("demo");

    [SetUp]
    public void UseTheDemoStore() => Cli.With("VLEDGER_DB", "vledger-demo.db");

    [TestCase("income", "collective", "2024")]
    [TestCase("income", "committee", "2024")]
    [TestCase("balance-sheet", "collective", "2024-12")]
    [TestCase("balance-sheet", "committee", "2024-03")]
    public void Every_subset_of_villages_sums_to_the_villages_own_statements(string statement, string kind, string period)
    {
        var own = Villages.ToDictionary(v => v, v => Rows(Json("report", statement, "--book", $"{v}/{kind}", "--period", period)));
        for (var mask = 1; mask < 1 << Villages.Length; mask++)
        {
            var chosen = Villages.Where((_, i) => (mask & (1 << i)) != 0).ToList();

            var summary = Json("report", "summary", "--statement", statement, "--kind", kind, "--period", period, "--villages", string.Join(",", chosen));

            Assert.That(summary.GetProperty("villages").GetInt32(), Is.EqualTo(chosen.Count));
            var summed = Rows(summary);
            Assert.That(summed.Keys, Is.EqualTo(own[chosen[0]].Keys), "the summary keeps the statement's own lines");
            foreach (var (key, values) in summed)
            {
                var expected = values.Keys.ToDictionary(column => column, column => chosen.Sum(v => own[v][key][column]));
                Assert.That(values, Is.EqualTo(expected), $"{string.Join(",", chosen)} line {key}");
            }
        }
    }

    [TestCase("collective")]
    [TestCase("committee")]
    public void The_trial_balance_summary_sums_each_level_one_amount_over_the_chosen_villages(string kind)
    {
        var own = Villages.ToDictionary(v => v, v => LevelOne(Json("report", "trial-balance", "--book", $"{v}/{kind}", "--period", "2024-Q1")));
        for (var mask = 1; mask < 1 << Villages.Length; mask++)
        {
            var chosen = Villages.Where((_, i) => (mask & (1 << i)) != 0).ToList();

            var summary = Json("report", "summary", "--statement", "trial-balance", "--kind", kind, "--period", "2024-Q1", "--villages", string.Join(",", chosen));

            Assert.That(summary.GetProperty("villages").GetInt32(), Is.EqualTo(chosen.Count));
            var summed = LevelOne(summary);
            Assert.That(summed.Keys, Is.EquivalentTo(chosen.SelectMany(v => own[v].Keys).Distinct()));
            foreach (var (code, values) in summed)
            {
                var expected = values.Keys.ToDictionary(column => column, column => chosen.Sum(v => own[v].TryGetValue(code, out var row) ? row[column] : 0));
                Assert.That(values, Is.EqualTo(expected), $"{string.Join(",", chosen)} account {code}");
            }
            var totals = summary.GetProperty("totals");
            Assert.That(totals.GetProperty("closing_debit").GetString(), Is.EqualTo(totals.GetProperty("closing_credit").GetString()));
        }
    }

    [Test]
    public void Without_villages_every_book_of_the_kind_is_summed_and_an_unknown_village_is_refused()
    {
        Assert.That(Json("report", "summary", "--statement", "income", "--kind", "collective", "--period", "2024").GetProperty("villages").GetInt32(), Is.EqualTo(3));

        var unknown = Cli.Run("report", "summary", "--statement", "income", "--kind", "collective", "--period", "2024", "--villages", "V009", "--lang", "en");
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.Error, Does.Contain("there is no village V009"));
        Assert.That(Cli.Run("report", "summary", "--statement", "cash-flow", "--kind", "collective", "--period", "2024").ExitCode, Is.EqualTo(2));
    }

    [TestCase("balance-sheet", "2024-12", "资产负债表（汇总）", "A23")]
    [TestCase("income", "2024", "收益及收益分配表（汇总）", "I01")]
    public void A_summary_prints_in_the_statutory_forms_layout_headed_with_the_villages_summed(string statement, string period, string title, string key)
    {
        var summed = Rows(Json("report", "summary", "--statement", statement, "--kind", "collective", "--period", period))[key].Values.First();

        Cli.Ok("report", "summary", "--statement", statement, "--kind", "collective", "--period", period, "--out", "summary.xlsx");
        Cli.Ok("report", "summary", "--statement", statement, "--kind", "collective", "--period", period, "--out", "summary.html");

        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Cli.PathOf("summary.xlsx"), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.That(cells, Does.Contain(title));
        Assert.That(cells, Has.Some.Contains("汇入 3 个村"));
        Assert.That(cells, Does.Contain((summed / 100m).ToString("0.00", CultureInfo.InvariantCulture)), "the summed figure is on the form");
        Assert.That(File.ReadAllText(Cli.PathOf("summary.html")), Does.Contain(title));
    }

    /// <summary>The level-1 rows' six amounts, in fen, by account code.</summary>
    private static Dictionary<string, Dictionary<string, long>> LevelOne(JsonElement trial) =>
        trial.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("level").GetInt32() == 1).ToDictionary(
            r => r.GetProperty("code").GetString()!,
            r => new[] { "opening_debit", "opening_credit", "period_debit", "period_credit", "closing_debit", "closing_credit" }
                .ToDictionary(k => k, k => (long)(decimal.Parse(r.GetProperty(k).GetString()!, CultureInfo.InvariantCulture) * 100)));

    private JsonElement Json(params string[] args) => JsonDocument.Parse(Cli.Ok([.. args, "--format", "json"]).Output).RootElement;

    /// <summary>Each line's amounts by column, in fen, in the statement's order.</summary>
    private static Dictionary<string, Dictionary<string, long>> Rows(JsonElement statement) =>
        statement.GetProperty("rows").EnumerateArray().ToDictionary(
            r => r.GetProperty("key").GetString()!,
            r => r.EnumerateObject().Where(p => p.Name is not ("key" or "name"))
                .ToDictionary(p => p.Name, p => (long)(decimal.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture) * 100)));
}
