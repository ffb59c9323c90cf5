using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Account names as clerks write them: full paths with any separator, the leaf alone, the parent against a sub-account's code.</summary>
public sealed class AccountNameTests
{
    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-names-").FullName;
        // A sub-account stored under its own name only, as a chart export gives it.
        TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "50101", "租赁收入"));
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Result<ImportReport> Import(string path)
    {
        using var content = File.OpenRead(path);
        return _ledger.As("wang").Imports.Vouchers(Path.GetFileName(path), content, new VoucherImportOptions(TestLedger.Collective));
    }

    /// <summary>One voucher per way of writing 经营收入-租赁收入, each received into 10201 written as its parent 银行存款.</summary>
    private static string Sheet(params string[] names) => "日期,凭证号,摘要,科目编码,科目名称,借方金额,贷方金额\n" + string.Join("\n", names.Select((name, i) =>
        $"2024-03-{i + 1:00},记-{i + 1},收取租金,10201,银行存款,100.00,\n,,收取租金,{(name.StartsWith('#') ? "50101" : "")},{name.TrimStart('#')},,100.00"));

    [TestCase("GBK")]
    [TestCase("UTF-8")]
    public void Full_paths_with_any_separator_the_leaf_alone_and_the_parent_against_a_sub_account_code_all_name_the_account(string encoding)
    {
        var path = OfficeFiles.Write(_folder, "names.csv",
            Sheet("经营收入-租赁收入", "经营收入/租赁收入", "经营收入_租赁收入", "经营收入——租赁收入", "租赁收入", "#经营收入 - 租赁收入", "#租赁收入", "#经营收入"),
            encoding == "GBK" ? OfficeFiles.Gbk : OfficeFiles.Utf8);

        var report = TestLedger.Ok(Import(path));

        Assert.That(report.Vouchers, Is.EqualTo(8));
        var vouchers = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value, TestLedger.Collective));
        foreach (var voucher in vouchers)
        {
            var lines = TestLedger.Ok(_ledger.Reader.Vouchers.Show(voucher.Id)).Voucher.Lines;
            Assert.That(lines.Select(l => l.Account.Value), Is.EqualTo(new[] { "10201", "50101" }), voucher.SourceRef);
        }
    }

    [Test]
    public void A_name_that_names_another_account_is_refused_with_both_names()
    {
        var path = OfficeFiles.Write(_folder, "wrong.csv", "日期,凭证号,科目编码,科目名称,借方金额,贷方金额\n2024-03-05,记-1,10201,库存现金,100.00,\n,,50101,经营收入-租赁收入,,100.00\n", OfficeFiles.Gbk);

        var result = Import(path);

        Assert.That(result.Refusals.Single().Message.Zh, Is.EqualTo("wrong.csv:2: 科目编码: 科目编码 10201 是“银行存款-农商行”，与科目名称“库存现金”不符"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
    }

    [Test]
    public void The_2004_name_of_an_account_2023_only_renamed_still_names_it()
    {
        var path = OfficeFiles.Write(_folder, "cash.csv", "日期,凭证号,摘要,科目编码,科目名称,借方金额,贷方金额\n2024-03-05,记-1,收到零星收入,101,现金,100.00,\n,,收到零星收入,504,其他收入,,100.00\n", OfficeFiles.Gbk);

        Assert.That(TestLedger.Ok(Import(path)).Vouchers, Is.EqualTo(1));
    }

    [Test]
    public void A_code_written_before_the_name_in_the_one_account_column_is_read_as_both()
    {
        var path = OfficeFiles.Write(_folder, "u8.csv", "日期,凭证号,摘要,科目,借方金额,贷方金额\n2024-03-05,记-1,收取租金,10201 银行存款-农商行,100.00,\n,,收取租金,[50101]经营收入-租赁收入,,100.00\n2024-03-06,记-2,收取租金,10201,100.00,\n,,收取租金,10201 库存现金,,100.00\n", OfficeFiles.Gbk);

        var result = Import(path);

        Assert.That(result.Refusals.Select(r => r.Message.Zh), Is.EqualTo(new[] { "u8.csv:5: 科目: 科目编码 10201 是“银行存款-农商行”，与科目名称“库存现金”不符" }));
    }
}
