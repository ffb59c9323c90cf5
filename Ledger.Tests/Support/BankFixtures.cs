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

    /// <summary>
    /// A rural bank's statement of January that runs into February, GBK as 农商行 write it: 3,000 rent in on 01-05,
    /// 1,000 to 宏达建筑队 on 01-25, and on 02-02 the 2,000 paid to 李木匠 that <see cref="PostJanuary"/> books on 01-30.
    /// </summary>
    public const string JanuaryCsv = """
        浙江海盐农村商业银行 对公账户对账单
        户名：东风村股份经济合作社,账号：201000123456789,币种：人民币
        交易日期,交易流水号,摘要,对方户名,对方账号,借方发生额,贷方发生额,余额
        2024-01-05,J001,转账存入,王五,6222021204001234567,,3000.00,13000.00
        2024-01-25,J002,转账支取,宏达建筑队,,1000.00,,12000.00
        2024-02-02,J003,转账支取,李木匠,,2000.00,,10000.00
        本页合计,,,,,3000.00,3000.00,
        """;

    /// <summary>
    /// January in the books: 10,000 brought in on 01-02 (before the statement's first line), the rent of 01-04, the
    /// works paid on 01-25, and 2,000 paid to 李木匠 on 01-30 that the bank clears on 02-02.
    /// </summary>
    public static void PostJanuary(TestLedger ledger)
    {
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-02", "期初存款", "10201:10000.00:", "301::10000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-04", "收取鱼塘承包费 王五", "10201:3000.00:", "501::3000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-25", "支付工程款 宏达建筑队", "511:1000.00:", "10201::1000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-30", "支付木工费 李木匠", "511:2000.00:", "10201::2000.00"));
    }

    /// <summary>A policy that requires every month to be reconciled with the bank before it closes.</summary>
    public const string ReconciliationRequiredPolicy = """
        {"tiers": [{"from": "0.00", "roles": ["township-reviewer"]}], "cash_payment_max": "100000000.00", "budget_required": false,
         "bank_reconciliation_required": true, "bank_match_days": 5, "grace_days": 30}
        """;
}
