using System.Text;
using Dapper;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Setting a book up from sheets: sub-accounts, opening balances and budgets.</summary>
public sealed class RegisterImportTests
{
    private static readonly Month January = new(2024, 1);

    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-register-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Stream Csv(string file, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return File.OpenRead(path);
    }

    [Test]
    public void Sub_accounts_are_added_parents_first_whatever_the_order_of_the_sheet()
    {
        using var sheet = Csv("accounts.csv", "某村科目表\n科目编码,科目名称\n5130101,办公费-文具\n51301,管理费用-办公费\n11201,应收款-单位\n", TextDecoding.Gbk);

        var report = TestLedger.Ok(_ledger.As("zhang").Imports.Accounts("accounts.csv", sheet, TestLedger.Collective));

        Assert.That(report.Lines, Is.EqualTo(3));
        var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective));
        Assert.That(chart.Single(a => a.Code.Value == "5130101").Level, Is.EqualTo(3));
        Assert.That(chart.Single(a => a.Code.Value == "513").IsLeaf, Is.False);
    }

    [Test]
    public void A_bad_account_row_adds_none_of_the_sheet()
    {
        using var sheet = Csv("accounts.csv", "科目编码,科目名称\n51301,办公费\n99901,无此上级\n");

        var result = _ledger.As("zhang").Imports.Accounts("accounts.csv", sheet, TestLedger.Collective);

        Assert.That(result.Refusals.Single().Message.En, Does.StartWith("accounts.csv:3: 科目编码: account 99901 has no parent"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective)).Select(a => a.Code.Value), Does.Not.Contain("51301"));
    }

    [Test]
    public void An_import_opens_no_sub_account_under_an_account_with_lines_and_counts_them()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:100.00:", "501::100.00"));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "租金", "10201:50.00:", "501::50.00")));
        using var sheet = Csv("accounts.csv", "科目编码,科目名称\n50101,租赁收入\n");

        var result = _ledger.As("zhang").Imports.Accounts("accounts.csv", sheet, TestLedger.Collective);

        Assert.That(result.Refusals.Single().Message.En, Does.Contain("has 1 posted lines and 1 lines of vouchers not yet posted").And.Contain("account add"));
    }

    [Test]
    public void Opening_balances_post_once_before_the_first_month_and_show_as_opening()
    {
        using var sheet = Csv("opening.csv", "科目编码,科目名称,方向,期初余额,对方单位\n10201,银行存款-农商行,借,152300.00,\n112,应收款,借,4800.00,李四\n151,固定资产,借,300000.00,\n152,累计折旧,贷,1200.00,\n301,资本,贷,455900.00,\n");

        var report = TestLedger.Ok(_ledger.As("zhao").Imports.Opening("opening.csv", sheet, TestLedger.Collective, January));

        Assert.That(report.Vouchers, Is.EqualTo(1));
        var balance = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfMonth(January)));
        Assert.That(balance.Rows.Single(r => r.Code == "10201").OpeningDebit, Is.EqualTo(Money.Parse("152300.00").Value));
        Assert.That(balance.Rows.Single(r => r.Code == "152").OpeningCredit, Is.EqualTo(Money.Parse("1200.00").Value));
        Assert.That(balance.Totals.OpeningDebit, Is.EqualTo(balance.Totals.OpeningCredit));
        Assert.That(balance.Totals.PeriodDebit, Is.EqualTo(Money.Zero));
        var opening = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2023-12").Value, TestLedger.Collective)).Single();
        Assert.That(opening.Date, Is.EqualTo(new DateOnly(2023, 12, 31)));
        Assert.That(opening.Summary, Is.EqualTo("期初余额"));
        // The opening bank balance pays a January bill without the cash guard objecting.
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-05", "付款", "513:1000.00:", "10201::1000.00"));
    }

    [Test]
    public void Opening_balances_that_do_not_balance_are_refused()
    {
        using var sheet = Csv("opening.csv", "科目编码,借方金额,贷方金额\n10201,100.00,\n301,,90.00\n");

        var result = _ledger.As("zhao").Imports.Opening("opening.csv", sheet, TestLedger.Collective, January);

        Assert.That(result.Refusals.Single().Message.En, Does.Contain("difference 10.00"));
    }

    [Test]
    public void Opening_balances_are_entered_once_and_only_before_anything_is_posted()
    {
        using (var first = Csv("a.csv", "科目编码,借方金额,贷方金额\n10201,100.00,\n301,,100.00\n"))
        {
            TestLedger.Ok(_ledger.As("zhao").Imports.Opening("a.csv", first, TestLedger.Collective, January));
        }
        using (var second = Csv("b.csv", "科目编码,借方金额,贷方金额\n10201,200.00,\n301,,200.00\n"))
        {
            Refusals.Expect(_ledger.As("zhao").Imports.Opening("b.csv", second, TestLedger.Collective, January), "opening.exists");
        }
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-01-05", "补助", "10201:1.00:", "503::1.00"));
        using var late = Csv("c.csv", "科目编码,借方金额,贷方金额\n10201,200.00,\n301,,200.00\n");
        Refusals.Expect(_ledger.As("zhao").Imports.Opening("c.csv", late, TestLedger.Committee, January), "opening.late");
    }

    [Test]
    public void Only_the_township_accountant_enters_opening_balances()
    {
        using var sheet = Csv("opening.csv", "科目编码,借方金额,贷方金额\n10201,100.00,\n301,,100.00\n");

        Refusals.Expect(_ledger.As("wang").Imports.Opening("opening.csv", sheet, TestLedger.Collective, January), "access.role");
    }

    [Test]
    public void Budgets_are_imported_per_book_and_year_and_replaced_until_approved()
    {
        using (var first = Csv("budget.csv", "账套,年度,科目编码,预算金额\nV001/committee,2024,513,20000.00\nV001/committee,2024,514,50000.00\nV001/collective,2024,511,8000.00\n"))
        {
            var report = TestLedger.Ok(_ledger.As("wang").Imports.Budget("budget.csv", first));
            Assert.That(report.Books.Select(b => (b.Book.ToString(), b.Lines)), Is.EqualTo(new[] { ("V001/collective", 1), ("V001/committee", 2) }));
        }
        using (var revised = Csv("budget-2.csv", "账套,年度,科目编码,预算金额\nV001/committee,2024,513,25000.00\n"))
        {
            TestLedger.Ok(_ledger.As("wang").Imports.Budget("budget-2.csv", revised));
        }
        var lines = _ledger.Sql.Query<(string, long)>(
            "SELECT a.code, l.amount_fen FROM budget_line l JOIN account a ON a.id = l.account_id JOIN book b ON b.id = l.book_id WHERE b.kind = 'committee'").ToList();
        Assert.That(lines, Is.EqualTo(new[] { ("513", 2500000L) }));

        _ledger.Sql.Execute("INSERT INTO budget_approval SELECT id, 2024, 1, 'x' FROM book WHERE kind = 'committee' AND village_id = 1");
        using var late = Csv("budget-3.csv", "账套,年度,科目编码,预算金额\nV001/committee,2024,513,1.00\n");
        Assert.That(_ledger.As("wang").Imports.Budget("budget-3.csv", late).Refusals.Single().Message.En, Does.Contain("is approved"));
    }

    [Test]
    public void A_budget_row_that_is_wrong_imports_nothing()
    {
        using var sheet = Csv("budget.csv", "账套,年度,科目编码,预算金额\nV001/committee,2024,513,-5.00\nV009/committee,2024,513,5.00\nV001/committee,24,513,5.00\n");

        var messages = _ledger.As("zhao").Imports.Budget("budget.csv", sheet).Refusals.Select(r => r.Message.En).ToList();

        Assert.That(messages, Has.Some.StartsWith("budget.csv:2: 预算金额: a budget amount is never negative"));
        Assert.That(messages, Has.Some.StartsWith("budget.csv:4: 年度: '24' is not a year"));
        Assert.That(_ledger.Sql.ExecuteScalar<long>("SELECT count(*) FROM budget_line"), Is.Zero);
    }
}
