using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>The contract's "Print" and "The month's end" command lines, run as written on the demo township.</summary>
public sealed class PrintAndMonthEndContractTests : TownshipCopies
{
    protected override void Prepare() => Township.Ok("demo");

    [SetUp]
    public void UseTheDemoStore() => Cli.With("VLEDGER_DB", "vledger-demo.db");

    [TestCase("print vouchers --book V001/collective --period 2024-01 --out vouchers.pdf", "vouchers.pdf")]
    [TestCase("print cover --book V001/collective --period 2024-01 --out cover.pdf", "cover.pdf")]
    [TestCase("print journal --book V001/collective --account 101 --period 2024-Q1 --out cash.pdf", "cash.pdf")]
    [TestCase("print ledger --book V001/collective --account 513 --period 2024-Q1 --out 513.pdf", "513.pdf")]
    [TestCase("print statements --book V001/collective --period 2024-12 --out statements.pdf", "statements.pdf")]
    public void Each_print_line_writes_its_pdf(string line, string pdf)
    {
        Cli.Ok(line.Split(' '));

        Assert.That(File.ReadAllBytes(Cli.PathOf(pdf))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void The_journal_prints_its_opening_and_its_days_as_json()
    {
        var journal = JsonDocument.Parse(Cli.Ok("report journal --book V001/collective --account 101 --period 2024-Q1 --format json".Split(' ')).Output).RootElement;

        Assert.That(journal.TryGetProperty("opening_balance", out _), Is.True);
        foreach (var day in journal.GetProperty("days").EnumerateArray())
        {
            foreach (var key in new[] { "date", "debit", "credit", "balance" })
            {
                Assert.That(day.TryGetProperty(key, out _), Is.True, key);
            }
        }
    }

    [TestCase("report dimension --book V001/collective --account 112 --by counterparty --period 2024-12 --format json", "counterparty")]
    [TestCase("report dimension --book V001/committee --account 241 --by project --period 2024-12 --format json", "project")]
    public void Each_dimension_line_prints_rows_with_the_contracts_keys(string line, string by)
    {
        var rows = JsonDocument.Parse(Cli.Ok(line.Split(' ')).Output).RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.That(rows, Is.Not.Empty);
        foreach (var key in new[] { by, "opening", "debit", "credit", "closing" })
        {
            Assert.That(rows.All(r => r.TryGetProperty(key, out _)), Is.True, key);
        }
    }

    [Test]
    public void The_ageing_line_prints_buckets_that_sum_to_each_balance()
    {
        var rows = JsonDocument.Parse(Cli.Ok("report ageing --book V001/collective --account 112 --date 2024-12-31 --format json".Split(' ')).Output).RootElement
            .GetProperty("rows").EnumerateArray().ToList();

        Assert.That(rows, Is.Not.Empty);
        foreach (var row in rows)
        {
            var buckets = row.GetProperty("buckets");
            var sum = new[] { "within_1y", "1_2y", "2_3y", "over_3y" }.Sum(k => decimal.Parse(buckets.GetProperty(k).GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(sum, Is.EqualTo(decimal.Parse(row.GetProperty("balance").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(row.TryGetProperty("counterparty", out _), Is.True);
        }
    }
}
