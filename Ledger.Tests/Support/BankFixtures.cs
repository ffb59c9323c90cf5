using System.Text;

namespace Ledger.Tests.Support;

/// <summary>Bank statements as banks write them, over TestLedger's V001/collective bank account 10201.</summary>
public static class BankFixtures
{
    static BankFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// A GBK CSV with the bank's account block above the header, 借方/贷方 columns from the bank's side, and a
    /// totals row: 3,000 in on 03-05 (rent from 王五), 800 out on 03-12, and 500 in on 03-15 from 张某 that no
    /// voucher of <see cref="PostMarch"/> explains.
    /// </summary>
    public const string MarchCsv = """
        中国农业银行 账户交易明细
        账号：6228480321000012345,户名：东风村股份经济合作社
        交易日期,交易流水号,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额
        2024-03-05,S001,转账存入,王五,6222021204001234567,,3000.00,13000.00
        2024-03-12,S002,维修费,宏达建筑队,,800.00,,12200.00
        2024-03-15,S003,现金存入,张某,,,500.00,12700.00
        本页合计,,,,,800.00,3500.00,
        """;

    public static byte[] Gbk(string text) => Encoding.GetEncoding("GBK").GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));

    public static MemoryStream GbkStream(string text) => new(Gbk(text));

    /// <summary>Opening balance 10,000 in the bank, then March's two vouchers: rent 3,000 from 王五 and repairs 800.</summary>
    public static void PostMarch(TestLedger ledger)
    {
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-01", "期初存款", "10201:10000.00:", "301::10000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-04", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-11", "支付维修费", "511:800.00:", "10201::800.00"));
    }

    /// <summary>The February statement that <see cref="MarchCsv"/> continues: 10,000 in on 02-01.</summary>
    public const string FebruaryCsv = """
        交易日期,摘要,收入金额,支出金额,余额
        2024-02-01,资本投入,10000.00,,10000.00
        """;
}
