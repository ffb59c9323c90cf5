using System.Text;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// The statements of one fixed book, in which every account of the chart has a balance or a movement, held
/// against golden files: a formula that changes shows as a changed line.
/// </summary>
public sealed class StatementTests
{
    private static readonly string GoldenFolder = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "Reports", "Golden");

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        var admin = _ledger.As("zhang");
        foreach (var (code, name) in new[]
        {
            ("11301", "内部往来-村委会"), ("11302", "内部往来-农户"),
        })
        {
            TestLedger.Ok(admin.Accounts.AddSubAccount(TestLedger.Collective, code, name));
        }
        var opening = """
            科目编码,借方金额,贷方金额,对方单位,项目
            101,500.00,,,
            10201,80000.00,,,
            111,3000.00,,,
            112,4800.00,,张三,
            11301,2000.00,,村委会,
            11302,,1500.00,李四,
            121,1200.00,,,
            131,700.00,,,
            132,9000.00,,,
            133,,900.00,,
            134,600.00,,,
            141,20000.00,,,
            151,300000.00,,,
            152,,45000.00,,
            153,12000.00,,,
            154,300.00,,,
            161,5000.00,,,
            162,,1000.00,,
            171,800.00,,,
            401,400.00,,,
            201,,10000.00,,
            211,,6000.00,建材公司,
            212,,3000.00,,
            213,,500.00,,
            214,,200.00,,
            221,,50000.00,,
            231,,2000.00,,
            241,,7000.00,,道路硬化工程
            301,,200000.00,,
            311,,30000.00,,
            32202,,83200.00,,
            """;
        var path = Path.Combine(Path.GetTempPath(), $"opening-{Guid.NewGuid()}.csv");
        File.WriteAllText(path, opening, new UTF8Encoding(false));
        using (var sheet = File.OpenRead(path))
        {
            TestLedger.Ok(_ledger.As("zhao").Imports.Opening(path, sheet, TestLedger.Collective, new Month(2024, 1)));
        }
        File.Delete(path);
        foreach (var (account, amount) in new[] { ("501", "12500.00"), ("502", "3000.00"), ("503", "20000.00"), ("504", "500.00") })
        {
            _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收入", $"10201:{amount}:", $"{account}::{amount}"));
        }
        foreach (var (account, amount) in new[] { ("511", "4000.00"), ("512", "300.00"), ("513", "2000.00"), ("514", "5000.00"), ("515", "700.00"), ("521", "100.00") })
        {
            _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "支出", $"{account}:{amount}:", $"10201::{amount}"));
        }
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "提取公积公益金", "3220101:1000.00:", "311::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "向成员分配", "3220102:5000.00:", "211::5000.00:全体成员"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "其他分配", "3220103:200.00:", "10201::200.00"));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private static string Render(Statement statement) =>
        string.Join('\n', statement.Rows.Select(r => $"{r.Key} {r.Name}: {string.Join(" | ", r.Values)}")) + "\n";

    private static void AssertGolden(string file, string actual)
    {
        var path = Path.Combine(GoldenFolder, file);
        Assert.That(File.Exists(path), Is.True, $"golden file {path} is missing; the output was:\n{actual}");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void The_balance_sheet_of_the_fixed_book_matches_its_golden_file()
    {
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-03").Value));

        AssertGolden("balance-sheet-V001-collective-2024-03.txt", Render(sheet));
    }

    [Test]
    public void Total_assets_equal_liabilities_plus_equity_at_both_dates()
    {
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-03").Value));

        for (var column = 0; column < 2; column++)
        {
            Assert.That(sheet.Value("A23", column), Is.EqualTo(sheet.Value("L11", column) + sheet.Value("E04", column)));
        }
        Assert.That(sheet.Value("A03"), Is.EqualTo(Money.Parse("6800.00").Value), "112 plus the debit details of 113");
        Assert.That(sheet.Value("L02"), Is.EqualTo(Money.Parse("12500.00").Value), "211 plus the credit details of 113");
    }

    [Test]
    public void The_income_statement_of_the_fixed_book_matches_its_golden_file()
    {
        var income = TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024)));

        AssertGolden("income-V001-collective-2024.txt", Render(income));
    }

    [Test]
    public void The_years_result_on_the_income_statement_is_the_change_in_undistributed_result_on_the_balance_sheet()
    {
        var income = TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024)));
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-03").Value));

        Assert.That(income.Value("I20"), Is.EqualTo(sheet.Value("E03", 0)));
        Assert.That(income.Value("I14"), Is.EqualTo(sheet.Value("E03", 1)));
    }
}
