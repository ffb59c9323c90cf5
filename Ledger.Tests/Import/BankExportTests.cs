using Dapper;
using Ledger.Core;
using Ledger.Core.Bank;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Statements as 农商行 and 农行 export them: compact dates, a time column, an account block, totals and a print footer.</summary>
public sealed class BankExportTests
{
    /// <summary>
    /// A rural bank's export: the account block above the header, dates as 20240305, a 交易时间 column, 借方/贷方
    /// from the bank's side, a page total and the print footer under it.
    /// </summary>
    private const string RuralBankCsv = """
        浙江海盐农村商业银行 账户交易明细
        账号：201000123456789,户名：东风村股份经济合作社,币种：人民币
        起止日期：20240301-20240331
        交易日期,交易时间,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额,柜员流水号
        20240305,101512,转账存入,王五,6222021204001234567,,3000.00,13000.00,S001
        20240312,093005,维修费,宏达建筑队,,800.00,,12200.00,S002
        20240315,160000,现金存入,张某,,,500.00,12700.00,S003
        本页合计,,,,,800.00,3500.00,,
        打印日期：2024年04月01日 打印柜员：0123,,,,,,,,
        """;

    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-bank-export-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Result<StatementImport> Import(string path)
    {
        using var content = File.OpenRead(path);
        return _ledger.As("wang").Bank.ImportStatement(Path.GetFileName(path), content, TestLedger.Collective, "102");
    }

    private IEnumerable<(string Date, long Amount)> KeptLines() =>
        _ledger.Sql.Query<(string, long)>("SELECT date, amount_fen FROM bank_line ORDER BY id");

    [TestCase("GBK")]
    [TestCase("GB18030")]
    public void Reads_a_rural_bank_export_with_compact_dates_a_time_column_a_page_total_and_a_print_footer(string encoding)
    {
        var path = OfficeFiles.Write(_folder, "nsh-202403.csv", RuralBankCsv, encoding == "GBK" ? OfficeFiles.Gbk : OfficeFiles.Gb18030);

        var imported = TestLedger.Ok(Import(path));

        Assert.That(imported.Added, Is.EqualTo(3));
        Assert.That(imported.From, Is.EqualTo(new DateOnly(2024, 3, 5)));
        Assert.That(imported.Through, Is.EqualTo(new DateOnly(2024, 3, 15)));
        Assert.That(imported.Closing.Fen, Is.EqualTo(1_270_000));
        Assert.That(KeptLines().Select(l => l.Amount), Is.EqualTo(new long[] { 300_000, -80_000, 50_000 }));
    }

    [Test]
    public void Reads_dates_that_carry_the_time_of_day_in_the_only_date_column()
    {
        var path = OfficeFiles.Write(_folder, "abc-202403.csv", """
            中国农业银行对私/对公账户明细
            账号：6228480321000012345,户名：东风村股份经济合作社
            交易时间,摘要,对方户名,借方发生额,贷方发生额,余额
            2024-01-10 10:15:12,转账存入,王五,,3000.00,13000.00
            2024-01-11 09:01:00,维修费,宏达建筑队,800.00,,12200.00
            合计,,,800.00,3000.00,
            打印日期：2024年04月01日 打印柜员：0123
            """, OfficeFiles.Gbk);

        var imported = TestLedger.Ok(Import(path));

        Assert.That(imported.Added, Is.EqualTo(2));
        Assert.That(KeptLines().Select(l => l.Date), Is.EqualTo(new[] { "2024-01-10", "2024-01-11" }));
    }

    [Test]
    public void Reads_an_xlsx_export_whose_dates_are_numbers_like_20240305()
    {
        var path = Path.Combine(_folder, "nsh.xlsx");
        SheetFixtures.WriteXlsx(path,
        [
            ["账号：201000123456789", null, null, null, null, null],
            ["户名：东风村股份经济合作社", null, null, null, null, null],
            ["交易日期", "交易时间", "摘要", "借方发生额", "贷方发生额", "余额"],
            [20240305d, "10:15:12", "转账存入", null, 3000m, 13000m],
            [20240312d, "09:30:05", "维修费", 800m, null, 12200m],
            ["合计", null, null, 800m, 3000m, null],
            ["打印日期：2024年04月01日 打印柜员：0123", null, null, null, null, null],
        ], "A7:F7");

        var imported = TestLedger.Ok(Import(path));

        Assert.That(imported.Added, Is.EqualTo(2));
        Assert.That(KeptLines().Select(l => l.Date), Is.EqualTo(new[] { "2024-03-05", "2024-03-12" }));
    }

    [Test]
    public void Refuses_a_statement_whose_totals_row_disagrees_with_its_lines_and_keeps_nothing()
    {
        var path = OfficeFiles.Write(_folder, "nsh-bad.csv", RuralBankCsv.Replace("本页合计,,,,,800.00,3500.00", "本页合计,,,,,800.00,3600.00", StringComparison.Ordinal), OfficeFiles.Gbk);

        var result = Import(path);

        Assert.That(result.Refusals.Single().Message.Zh, Does.StartWith("nsh-bad.csv:8: 贷方发生额: 合计行与上方各行不符").And.Contains("3600.00").And.Contains("3500.00"));
        Assert.That(KeptLines(), Is.Empty);
    }

    [Test]
    public void Reads_one_amount_column_with_the_banks_debit_credit_flag()
    {
        var path = OfficeFiles.Write(_folder, "abc-flag.csv", """
            账号：6228480321000012345,户名：东风村股份经济合作社
            交易日期,摘要,交易金额,借贷标志,余额
            20240305,转账存入,3000.00,贷,13000.00
            20240312,维修费,800.00,借,12200.00
            打印日期：2024年04月01日 打印柜员：0123
            """, OfficeFiles.Gbk);

        TestLedger.Ok(Import(path));

        Assert.That(KeptLines().Select(l => l.Amount), Is.EqualTo(new long[] { 300_000, -80_000 }));
    }

    [Test]
    public void Reads_one_signed_amount_column()
    {
        var path = OfficeFiles.Write(_folder, "signed.csv", "交易时间,摘要,交易金额,余额\n2024-03-05 10:15:12,转账存入,3000.00,13000.00\n2024-03-12 09:30:05,维修费,-800.00,12200.00\n", OfficeFiles.Gb18030);

        TestLedger.Ok(Import(path));

        Assert.That(KeptLines().Select(l => l.Amount), Is.EqualTo(new long[] { 300_000, -80_000 }));
    }
}
