using System.IO.Compression;
using System.Text;
using Dapper;
using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>
/// A corpus of bad files given to <c>import vouchers</c>. Each is refused cleanly (exit 1 or 2, a message naming the
/// file, no stack trace, the store unchanged) or, where its content is legitimately text, imported as inert text.
/// </summary>
public sealed class HostileInputTests : TownshipCopies
{
    private const string Header = "日期,凭证号,摘要,科目编码,借方金额,贷方金额\n";


    private static IEnumerable<TestCaseData> RefusedFiles()
    {
        yield return Case("a truncated xlsx", "truncated.xlsx", TruncatedXlsx);
        yield return Case("a zip bomb under the voucher sheet's header", "bomb.xlsx", ZipBomb);
        yield return Case("a million empty rows", "empty-rows.csv", path => File.WriteAllText(path, Header + string.Concat(Enumerable.Repeat(",,,,,\n", 1_000_000))));
        yield return Case("a 10 MB cell", "big-cell.csv", path => File.WriteAllText(path, Header + $"2024-03-05,记-1,{new string('租', 10_000_000 / 3)},10201,1.00,\n,,,501,,1.00\n"));
        yield return Case("invalid UTF-8", "invalid.csv", path => File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Header), .. "2024-03-05,记-1,"u8.ToArray(), 0xC3, 0x28, 0xFF, 0xFE, .. ",10201,1.00,\n,,,501,,1.00\n"u8.ToArray(), 0xE2, 0x82]));
        yield return Case("NUL bytes", "nul.csv", path => File.WriteAllText(path, Header + "2024-03-05,记-1,租\0金,10201,1.00,\n,,,501,,1.\000\n"));
        yield return Case("200 columns", "wide.csv", path => File.WriteAllText(path, string.Join(',', Enumerable.Range(1, 200).Select(i => $"列{i}")) + "\n" + string.Join(',', Enumerable.Range(1, 200)) + "\n"));
        yield return Case("a minus zero amount", "minus-zero.csv", path => File.WriteAllText(path, Header + "2024-03-05,记-1,租金,10201,-0,\n,,,501,,-0\n"));
        yield return Case("1e308", "huge.csv", path => File.WriteAllText(path, Header + "2024-03-05,记-1,租金,10201,1e308,\n,,,501,,1e308\n"));
        yield return Case("SQL as an account code", "sql-code.csv", path => File.WriteAllText(path, Header + "2024-03-05,记-1,租金,10201'; DROP TABLE voucher;--,1.00,\n,,,501,,1.00\n"));
        // Found by RandomInputTests: the second voucher inherited the first one's missing date as 0001-01-01.
        yield return Case("two vouchers in a row without a date", "no-dates.csv", path => File.WriteAllText(path, Header + ",记-1,租金,10201,1.00,\n,,,501,,1.00\n,记-2,租金,10201,1.00,\n,,,501,,1.00\n"));
        yield return Case("an empty file", "empty.csv", path => File.WriteAllBytes(path, []));
        yield return Case("a binary file named .csv", "binary.csv", path => File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]));
    }

    private static TestCaseData Case(string name, string file, Action<string> write) =>
        new TestCaseData(file, write).SetName($"Refuses {name} cleanly");

    [TestCaseSource(nameof(RefusedFiles))]
    public void A_hostile_file_is_refused_cleanly_and_changes_nothing(string file, Action<string> write)
    {
        write(Cli.PathOf(file));
        var before = StoreFingerprint.Of(Cli.StoreAddress);

        var result = Cli.Run("import", "vouchers", file, "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1).Or.EqualTo(2), result.Error + result.Output);
        AssertClean(result, file);
        Assert.That(StoreFingerprint.Of(Cli.StoreAddress), Is.EqualTo(before), "a refused import changed the store");
    }

    [Test]
    public void A_zip_bomb_is_refused_by_the_inflation_limit_before_it_is_read()
    {
        ZipBomb(Cli.PathOf("bomb.xlsx"));

        var result = Cli.Run("import", "vouchers", "bomb.xlsx", "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.Contain("xl/worksheets/sheet1.xml").And.Contain("zip bomb").And.Contain($"at most {Core.Limits.WorkbookInflationRatioMax}"));
    }

    [Test]
    public void A_folder_given_as_the_file_is_a_usage_error()
    {
        Directory.CreateDirectory(Cli.PathOf("a-folder.csv"));

        var result = Cli.Run("import", "vouchers", "a-folder.csv", "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        AssertClean(result, "a-folder.csv");
    }

    [Test]
    public void SQL_and_formulas_in_text_fields_are_kept_as_inert_text()
    {
        const string injected = "租金'); DROP TABLE voucher; --";
        const string formula = "=HYPERLINK(\"http://x\",\"点我\")";
        File.WriteAllText(Cli.PathOf("text.csv"), Header + $"2024-03-05,\"{formula.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{injected},10201,1.00,\n,,,501,,1.00\n");

        Cli.Ok("import", "vouchers", "text.csv", "--book", "V001/collective", "--user", "wang");

        using var connection = StoreConnection.Open(Cli.StoreAddress);
        var stored = connection.QuerySingle<(string Summary, string SourceRef)>("SELECT summary, source_ref FROM voucher");
        Assert.That(stored, Is.EqualTo((injected, formula)));
        Assert.That(Cli.Run("verify").ExitCode, Is.Zero);
    }

    private static void AssertClean(CliResult result, string file)
    {
        Assert.That(result.Error, Does.Contain(file), "the message does not name the file");
        Assert.That(result.Error, Does.Not.Contain("   at ").And.Not.Contain("internal error").And.Not.Contain("Exception"), "a stack trace or bug reached the user");
    }

    private static void TruncatedXlsx(string path)
    {
        SheetFixtures.WriteXlsx(path, [["日期", "凭证号", "摘要", "科目编码", "借方金额", "贷方金额"], ["2024-03-05", "记-1", "租金", "10201", 1m, null], [null, null, null, "501", null, 1m]]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    /// <summary>
    /// An .xlsx whose one sheet is the voucher sheet's header over 400 MB of balanced, numbered vouchers, stored in about
    /// 2 MB: the import refuses it from the zip's directory, before inflating a byte of it. Before the limit it was read
    /// to the end: 1,392,747 vouchers imported in about three minutes, and rows of x under the same header refused only
    /// after six minutes and 9 GB of memory.
    /// </summary>
    private static void ZipBomb(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
        using var stream = sheet.Open();
        stream.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
        stream.Write(Encoding.UTF8.GetBytes("<row>" + string.Concat(Header.TrimEnd().Split(',').Select(h => $"<c t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>"));
        var row = """<row><c t="inlineStr"><is><t>2024-03-05</t></is></c><c t="inlineStr"><is><t>记-1</t></is></c><c t="inlineStr"><is><t>租金</t></is></c><c t="inlineStr"><is><t>10201</t></is></c><c><v>1</v></c></row><row><c/><c/><c/><c t="inlineStr"><is><t>501</t></is></c><c/><c><v>1</v></c></row>"""u8.ToArray();
        var block = new byte[row.Length * 20_000];
        for (var i = 0; i < 20_000; i++)
        {
            row.CopyTo(block, i * row.Length);
        }
        for (var written = 0L; written < 400_000_000; written += block.Length)
        {
            stream.Write(block);
        }
        stream.Write("</sheetData></worksheet>"u8);
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
