using System.Text;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Clerks' sheets as they come: real .xlsx, .xls and CSV files with titles, merges, totals and Chinese.</summary>
public sealed class VoucherImportTests
{
    private static readonly string[] Header = ["凭证日期", "凭证字号", "摘要", "科目代码", "科目名称", "借方（元）", "贷方（元）", "附单据数", "对方单位"];

    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-import-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The messy month every format below carries: a merged title, a units row, continuation rows,
    /// a blank row, a page total and a grand total, dates and amounts as numbers and as Chinese text.</summary>
    private static List<object?[]> MessyMonth() =>
    [
        ["东风村股份经济合作社2024年3月记账凭证", null, null, null, null, null, null, null, null],
        ["单位：元", null, null, null, null, null, null, null, null],
        Header,
        [new DateOnly(2024, 3, 5), "记-1", "收取厂房租金", "10201", "银行存款-农商行", 12500m, null, 1m, null],
        [null, null, "收取厂房租金", "501", "经营收入", null, "12,500.00", null, null],
        [null, null, null, null, null, null, null, null, null],
        ["2024年3月8日", "记-2", "应收商铺租金", "112", "应收款", "￥4,800.00", null, 2m, "李四"],
        [null, null, null, "501", null, null, 4800m, null, null],
        ["本页合计", null, null, null, null, 17300m, 17300m, null, null],
        ["2024/3/20", "记-3", "支付屋面维修费", "511", null, 4350.5m, null, 3m, null],
        [null, null, null, null, "农商行", null, "4350.50", null, null],
        ["合计", null, null, null, null, 21650.5m, 21650.5m, null, null],
    ];

    private Result<ImportReport> Import(string file, VoucherImportOptions? options = null, string user = "wang")
    {
        using var stream = File.OpenRead(Path.Combine(_folder, file));
        return _ledger.As(user).Imports.Vouchers(file, stream, options ?? new VoucherImportOptions(TestLedger.Collective));
    }

    private string WriteCsv(string file, IEnumerable<object?[]> rows, Encoding encoding)
    {
        var lines = rows.Select(r => string.Join(',', r.Select(c => c switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            string s when s.Contains(',') => $"\"{s}\"",
            _ => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture),
        })));
        File.WriteAllText(Path.Combine(_folder, file), string.Join("\r\n", lines) + "\r\n", encoding);
        return file;
    }

    private void AssertMessyMonthImported(ImportReport report)
    {
        Assert.That(report.Books.Single().Book, Is.EqualTo(TestLedger.Collective));
        Assert.That(report.Vouchers, Is.EqualTo(3));
        Assert.That(report.Lines, Is.EqualTo(6));
        var vouchers = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value, TestLedger.Collective));
        Assert.That(vouchers.Select(v => v.SourceRef), Is.EqualTo(new[] { "记-1", "记-2", "记-3" }));
        Assert.That(vouchers.Select(v => v.Date.Day), Is.EqualTo(new[] { 5, 8, 20 }));
        Assert.That(vouchers.Select(v => v.Amount.Fen), Is.EqualTo(new[] { 1250000L, 480000L, 435050L }));
        Assert.That(vouchers.Select(v => v.Status), Is.All.EqualTo(VoucherStatus.Submitted));
        var second = TestLedger.Ok(_ledger.Reader.Vouchers.Show(vouchers[1].Id)).Voucher;
        Assert.That(second.AttachmentCount, Is.EqualTo(2));
        Assert.That(second.Lines[0].Counterparty, Is.EqualTo("李四"));
        var third = TestLedger.Ok(_ledger.Reader.Vouchers.Show(vouchers[2].Id)).Voucher;
        Assert.That(third.Lines[1].Account.Value, Is.EqualTo("10201"), "the name 农商行 alone finds 银行存款-农商行");
    }

    [Test]
    public void Imports_a_messy_xlsx_with_title_merges_continuations_and_totals()
    {
        SheetFixtures.WriteXlsx(Path.Combine(_folder, "march.xlsx"), MessyMonth(), "A1:I1");

        AssertMessyMonthImported(TestLedger.Ok(Import("march.xlsx")));
    }

    [Test]
    public void Imports_the_same_month_from_an_xls_written_as_old_county_systems_do()
    {
        SheetFixtures.WriteXls(Path.Combine(_folder, "march.xls"), MessyMonth(), "A1:I1");

        AssertMessyMonthImported(TestLedger.Ok(Import("march.xls")));
    }

    [Test]
    public void Imports_a_GBK_csv_without_being_told_its_encoding()
    {
        var file = WriteCsv("march-gbk.csv", MessyMonth(), TextDecoding.Gbk);

        AssertMessyMonthImported(TestLedger.Ok(Import(file)));
    }

    [Test]
    public void Imports_a_GB18030_csv()
    {
        var file = WriteCsv("march-gb18030.csv", MessyMonth(), TextDecoding.Gb18030);

        AssertMessyMonthImported(TestLedger.Ok(Import(file)));
    }

    [Test]
    public void Imports_a_UTF8_csv_with_a_BOM()
    {
        var file = WriteCsv("march-bom.csv", MessyMonth(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        AssertMessyMonthImported(TestLedger.Ok(Import(file)));
    }

    [Test]
    public void Imports_a_county_export_with_the_book_on_every_row()
    {
        object?[][] rows =
        [
            ["村编码", "账套", "日期", "凭证号", "摘要", "科目编码", "借方金额", "贷方金额"],
            ["V001", "合作社", "2024-03-05", "1", "租金", "10201", "100.00", null],
            ["V001", "合作社", null, null, "租金", "501", null, "100.00"],
            ["V001", "村委会", "2024-03-05", "1", "补助", "10201", "80.00", null],
            ["V001", "村委会", null, null, "补助", "503", null, "80.00"],
            ["V002", "collective", "2024-03-06", "1", "租金", "10201", "60.00", null],
            ["V002", "collective", null, null, "租金", "501", null, "60.00"],
        ];
        var file = WriteCsv("county-export.csv", rows, new UTF8Encoding(false));

        var report = TestLedger.Ok(Import(file, new VoucherImportOptions(), user: "zhao"));

        Assert.That(report.Books.Select(b => (b.Book.ToString(), b.Vouchers, b.Lines)),
            Is.EqualTo(new[] { ("V001/collective", 1, 2), ("V001/committee", 1, 2), ("V002/collective", 1, 2) }));
    }

    [Test]
    public void The_same_file_imported_again_imports_nothing_and_says_when_and_by_whom()
    {
        var file = WriteCsv("march.csv", MessyMonth(), new UTF8Encoding(false));
        TestLedger.Ok(Import(file));
        File.Copy(Path.Combine(_folder, file), Path.Combine(_folder, "renamed.csv"));

        var again = TestLedger.Ok(Import("renamed.csv", user: "zhao"));

        Assert.That(again.AlreadyImported, Is.Not.Null);
        Assert.That(again.AlreadyImported!.User, Is.EqualTo("wang"));
        Assert.That(again.AlreadyImported.FileName, Is.EqualTo("march.csv"));
        Assert.That(again.Vouchers, Is.Zero);
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value)), Has.Count.EqualTo(3));
    }

    [Test]
    public void A_voucher_already_in_the_book_is_refused_unless_duplicates_are_allowed()
    {
        TestLedger.Ok(Import(WriteCsv("march.csv", MessyMonth(), new UTF8Encoding(false))));
        var edited = MessyMonth();
        edited[1] = ["单位：元（修订）", null, null, null, null, null, null, null, null];
        var file = WriteCsv("march-again.csv", edited, new UTF8Encoding(false));

        var refused = Import(file);
        var allowed = Import(file, new VoucherImportOptions(TestLedger.Collective, AllowDuplicates: true));

        Assert.That(refused.Refusals[0].Message.En, Does.StartWith("march-again.csv:4: 凭证字号: voucher 记-1 (2024-03-05) is already in the book"));
        Assert.That(TestLedger.Ok(allowed).Vouchers, Is.EqualTo(3));
    }

    [Test]
    public void A_voucher_already_in_the_book_is_found_past_the_first_chunk_and_nothing_of_the_file_is_written()
    {
        var count = Ledger.Core.Storage.VoucherStaging.VouchersPerChunkMax + 500;
        List<object?[]> Rows(int from, int to)
        {
            var rows = new List<object?[]> { new object?[] { "日期", "凭证号", "摘要", "科目编码", "借方金额", "贷方金额" } };
            for (var i = from; i <= to; i++)
            {
                rows.Add(["2024-03-05", $"记-{i}", "租金", "10201", $"{i}.00", null]);
                rows.Add([null, null, null, "501", null, $"{i}.00"]);
            }
            return rows;
        }
        var late = count - 10;
        TestLedger.Ok(Import(WriteCsv("one.csv", Rows(late, late), new UTF8Encoding(false))));
        var file = WriteCsv("big.csv", Rows(1, count), new UTF8Encoding(false));

        var refused = Import(file);
        var listedAfterRefusal = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value)).Count;
        var allowed = TestLedger.Ok(Import(file, new VoucherImportOptions(TestLedger.Collective, AllowDuplicates: true)));

        Assert.That(refused.Refusals.Select(r => r.Message.En), Is.EqualTo(new[]
        {
            $"big.csv:{2 * late}: 凭证号: voucher 记-{late} (2024-03-05) is already in the book as voucher 1; use --allow-duplicates if it really is another one",
        }));
        Assert.That(listedAfterRefusal, Is.EqualTo(1));
        Assert.That(allowed.Vouchers, Is.EqualTo(count));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value)), Has.Count.EqualTo(count + 1));
    }

    [Test]
    public void A_dry_run_checks_everything_and_writes_nothing()
    {
        var file = WriteCsv("march.csv", MessyMonth(), new UTF8Encoding(false));

        var report = TestLedger.Ok(Import(file, new VoucherImportOptions(TestLedger.Collective, DryRun: true)));

        Assert.That(report.DryRun, Is.True);
        Assert.That(report.Vouchers, Is.EqualTo(3));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
        Assert.That(TestLedger.Ok(Import(file)).AlreadyImported, Is.Null, "a dry run does not count as an import");
    }

    [Test]
    public void An_import_that_fails_halfway_leaves_nothing_behind()
    {
        var rows = new List<object?[]> { new object?[] { "日期", "凭证号", "摘要", "科目编码", "借方金额", "贷方金额" } };
        for (var i = 1; i <= 1500; i++)
        {
            rows.Add(["2024-03-05", $"记-{i}", "租金", "10201", "1.00", null]);
            rows.Add([null, null, null, "501", null, "1.00"]);
        }
        var file = WriteCsv("big.csv", rows, new UTF8Encoding(false));
        using var stream = File.OpenRead(Path.Combine(_folder, file));
        var crash = new Progress(rows => throw new IOException($"disk gone at row {rows}"));

        Assert.Throws<IOException>(() => _ledger.As("wang").Imports.Vouchers(file, stream, new VoucherImportOptions(TestLedger.Collective), crash));

        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
        Assert.That(TestLedger.Ok(Import(file)).Vouchers, Is.EqualTo(1500), "the crashed import was not recorded as done");
    }

    [TestCase("记-1", 3, 5, "10201", "100.00", "", "501", "", "90.00", 4, "借方金额", "difference 10.00")]
    [TestCase("记-1", 3, 5, "10299", "100.00", "", "501", "", "100.00", 2, "科目编码", "has no account 10299")]
    [TestCase("记-1", 3, 5, "102", "100.00", "", "501", "", "100.00", 2, "科目编码", "has sub-accounts")]
    [TestCase("记-1", 3, 5, "10201", "100.00", "100.00", "501", "", "100.00", 2, "借方金额", "exactly one of debit and credit")]
    [TestCase("记-1", 3, 5, "10201", "", "", "501", "", "100.00", 2, "贷方金额", "exactly one of debit and credit")]
    [TestCase("记-1", 3, 5, "10201", "100.005", "", "501", "", "100.00", 2, "借方金额", "at most two decimal places")]
    [TestCase("记-1", 2, 30, "10201", "100.00", "", "501", "", "100.00", 2, "日期", "does not exist")]
    [TestCase("记-1", 3, 5, "112", "100.00", "", "501", "", "100.00", 2, "对方单位", "needs a counterparty")]
    [TestCase("", 3, 5, "10201", "100.00", "", "501", "", "100.00", 2, "凭证号", "voucher number is empty")]
    public void Refuses_a_wrong_row_naming_file_row_and_column_and_imports_nothing(
        string number, int month, int day, string firstAccount, string firstDebit, string firstCredit,
        string secondAccount, string secondDebit, string secondCredit, int row, string column, string expected)
    {
        object?[][] rows =
        [
            ["日期", "凭证号", "科目编码", "借方金额", "贷方金额", "对方单位"],
            [$"2024-{month:00}-{day:00}", number, firstAccount, firstDebit, firstCredit, null],
            ["2024-03-05", "记-9", "513", "5.00", null, null],
            [null, null, "10201", null, "5.00", null],
        ];
        // The second voucher line of 记-1 follows the good voucher 记-9 in file order only when 记-1 is balanced on
        // its own row pair; here it is placed right after its first row.
        var ordered = new List<object?[]> { rows[0], rows[1], new object?[] { null, null, secondAccount, secondDebit, secondCredit, null }, rows[2], rows[3] };
        var file = WriteCsv("bad.csv", ordered, new UTF8Encoding(false));

        var result = Import(file);

        Assert.That(result.IsRefused, Is.True);
        var messages = result.Refusals.Select(r => r.Message.En).ToList();
        Assert.That(messages, Has.Some.StartsWith($"bad.csv:{(column == "借方金额" && expected.StartsWith("difference", StringComparison.Ordinal) ? 2 : row)}: {column}: ").And.Contains(expected));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
    }

    [Test]
    public void Reports_every_problem_of_the_file_in_one_run()
    {
        object?[][] rows =
        [
            ["日期", "凭证号", "科目编码", "科目名称", "借方金额", "贷方金额"],
            ["2024-03-05", "记-1", "10201", "库存现金", "100.00", null],
            [null, null, "501", null, null, "100.00"],
            ["2024-03-06", "记-2", "999", null, "1.001", null],
            [null, null, "501", null, null, "1.00"],
            ["合计", null, null, null, "999.00", "999.00"],
        ];
        var file = WriteCsv("many.csv", rows, new UTF8Encoding(false));

        var messages = Import(file).Refusals.Select(r => r.Message.En).ToList();

        Assert.That(messages, Has.Some.StartsWith("many.csv:2: 科目编码: account code 10201 is '银行存款-农商行'"));
        Assert.That(messages, Has.Some.StartsWith("many.csv:4: 借方金额: '1.001'"));
        Assert.That(messages, Has.Some.StartsWith("many.csv:4: 科目编码:"));
        Assert.That(messages, Has.Some.StartsWith("many.csv:6: 借方金额: the totals row disagrees"));
    }

    [Test]
    public void Refuses_a_book_that_does_not_exist_and_lines_of_one_voucher_in_two_books()
    {
        object?[][] rows =
        [
            ["村编码", "账套", "日期", "凭证号", "科目编码", "借方金额", "贷方金额"],
            ["V009", "合作社", "2024-03-05", "1", "10201", "1.00", null],
            ["V009", "合作社", null, null, "501", null, "1.00"],
            ["V001", "合作社", "2024-03-05", "2", "10201", "1.00", null],
            ["V001", "村委会", null, null, "501", null, "1.00"],
        ];
        var file = WriteCsv("books.csv", rows, new UTF8Encoding(false));

        var messages = Import(file, new VoucherImportOptions(), user: "zhao").Refusals.Select(r => r.Message.En).ToList();

        Assert.That(messages, Has.Some.StartsWith("books.csv:2: 账套: there is no book V009/collective"));
        Assert.That(messages, Has.Some.StartsWith("books.csv:5: 账套: one voucher's lines are in two books"));
    }

    [Test]
    public void A_village_clerk_cannot_import_into_another_village()
    {
        object?[][] rows =
        [
            ["村编码", "账套", "日期", "凭证号", "科目编码", "借方金额", "贷方金额"],
            ["V002", "合作社", "2024-03-05", "1", "10201", "1.00", null],
            ["V002", "合作社", null, null, "501", null, "1.00"],
        ];
        var file = WriteCsv("other.csv", rows, new UTF8Encoding(false));

        var messages = Import(file, new VoucherImportOptions()).Refusals.Select(r => r.Message.En).ToList();

        Assert.That(messages, Has.Some.StartsWith("other.csv:2: 账套: user wang belongs to village V001"));
    }

    [TestCase("fake.xlsx", "not a xlsx file")]
    [TestCase("fake.xls", "not a xls file")]
    [TestCase("fake.ods", "unsupported file type")]
    public void Refuses_a_file_that_is_not_the_spreadsheet_it_claims_to_be(string file, string expected)
    {
        File.WriteAllText(Path.Combine(_folder, file), "日期,凭证号\n2024-03-05,1\n");

        Assert.That(Import(file).Refusals.Single().Message.En, Does.Contain(expected));
    }

    [Test]
    public void Refuses_a_truncated_xlsx_as_damaged_without_a_stack_trace()
    {
        var path = Path.Combine(_folder, "whole.xlsx");
        SheetFixtures.WriteXlsx(path, MessyMonth());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(Path.Combine(_folder, "cut.xlsx"), bytes[..(bytes.Length / 2)]);

        var result = Import("cut.xlsx");

        Assert.That(result.Refusals.Single().Code, Is.EqualTo("import.unreadable"));
    }

    [Test]
    public void Refuses_a_sheet_without_a_recognizable_header()
    {
        var file = WriteCsv("noheader.csv", [["a", "b", "c"], ["1", "2", "3"]], new UTF8Encoding(false));

        Assert.That(Import(file).Refusals.Single().Code, Is.EqualTo("import.header"));
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
