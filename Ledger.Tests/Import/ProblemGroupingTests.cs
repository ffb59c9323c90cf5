using System.Text;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Many errors of one kind are one message with the count and the first rows; every distinct problem still shows.</summary>
public sealed class ProblemGroupingTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner().With("LANG", "zh_CN.UTF-8").WithTownship();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    /// <summary>1,500 vouchers on 3,000 rows, each debiting the unknown 10299; one of them also has a date that does not exist.</summary>
    private static string Bulk()
    {
        var text = new StringBuilder("日期,凭证号,摘要,科目编码,借方金额,贷方金额\n");
        for (var i = 1; i <= 1500; i++)
        {
            var date = i == 700 ? "2024-02-30" : $"2024-03-{(i % 28) + 1:00}";
            text.Append(CultureInvariant($"{date},记-{i},收取租金,10299,100.00,\n,,收取租金,501,,100.00\n"));
        }
        return text.ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    [Test]
    public void One_unknown_account_on_3000_rows_is_one_message_with_the_count_and_the_first_rows()
    {
        OfficeFiles.Write(_cli.Folder, "bulk.csv", Bulk(), OfficeFiles.Gbk);
        var before = StoreFingerprint.Of(_cli.StoreAddress);

        var result = _cli.Run("import", "vouchers", "bulk.csv", "--book", "V001/collective", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.LessThanOrEqualTo(3), result.Error);
        Assert.That(lines, Has.Some.EqualTo("bulk.csv:2: 科目编码: 账套 V001/collective 没有科目 10299：1,500 张凭证、1,500 行，第 2、4、6、8、10、12、14、16、18、20 … 行"));
        Assert.That(lines, Has.Some.StartsWith("bulk.csv:1400: 日期: “2024-02-30”"), "a problem of another kind is still reported");
        Assert.That(StoreFingerprint.Of(_cli.StoreAddress), Is.EqualTo(before));
    }
}
