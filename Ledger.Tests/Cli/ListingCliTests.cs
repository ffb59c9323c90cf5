using System.Globalization;
using System.Text;
using Ledger.Cli.Rendering;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>How long listings print: a table for reading, CSV and JSON for every row.</summary>
public sealed class ListingCliTests
{
    private const int VoucherCount = Output.TableRowsMax + 5;

    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        var csv = new StringBuilder("日期,凭证号,摘要,科目编码,借方金额,贷方金额\n");
        for (var i = 1; i <= VoucherCount; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2024-03-05,记-{i},收取租金,10201,{i}.00,\n");
            csv.Append(CultureInfo.InvariantCulture, $",,收取租金,501,,{i}.00\n");
        }
        File.WriteAllText(_cli.PathOf("march.csv"), csv.ToString());
        _cli.Ok("import", "vouchers", "march.csv", "--book", "V001/collective", "--user", "wang");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void A_table_shows_its_first_thousand_rows_and_says_how_many_more_there_are()
    {
        var output = _cli.Ok("voucher", "list", "--period", "2024-03", "--lang", "en").Output;

        var rows = output.Split('\n').Count(line => line.StartsWith('│')) - 1;
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(Output.TableRowsMax));
            Assert.That(output, Does.Contain("5 more rows not shown: --format csv or --format json lists them all"));
        });
    }

    [Test]
    public void Csv_and_json_list_every_row_however_many()
    {
        var csv = _cli.Ok("voucher", "list", "--period", "2024-03", "--format", "csv").Output;
        var json = _cli.Ok("voucher", "list", "--period", "2024-03", "--format", "json").Output;

        Assert.Multiple(() =>
        {
            Assert.That(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(VoucherCount + 1));
            Assert.That(System.Text.Json.JsonDocument.Parse(json).RootElement.GetArrayLength(), Is.EqualTo(VoucherCount));
        });
    }
}
