namespace Ledger.Core.Accounts;

/// <summary>
/// The codes of the 2023 chart (农村集体经济组织会计制度) that the engine itself relies on: the accounts it reads for a
/// rule, a report or an audit finding, and those it posts to itself. A book's other accounts are the clerk's business.
/// </summary>
/// <remarks>
/// Level-1 codes are three digits, and a sub-account's code begins with its level-1 code, so "at any level" below
/// means a code that begins with the constant.
/// </remarks>
public static class ChartCodes
{
    /// <summary>101 库存现金: cash on hand, which may never go negative and is limited in what it pays.</summary>
    public const string Cash = "101";

    /// <summary>102 银行存款: the book's bank accounts, which may never go negative.</summary>
    public const string Bank = "102";

    /// <summary>112 应收款.</summary>
    public const string Receivables = "112";

    /// <summary>113 内部往来: money between a village's two books, through which vledger posts transfers.</summary>
    public const string Internal = "113";

    /// <summary>181 待处理财产损溢: cleared before a month is closed.</summary>
    public const string PendingAssets = "181";

    /// <summary>201 短期借款.</summary>
    public const string ShortTermLoans = "201";

    /// <summary>211 应付款: where vledger posts the dividends it owes members.</summary>
    public const string Payables = "211";

    /// <summary>221 长期借款及应付款.</summary>
    public const string LongTermLoans = "221";

    /// <summary>231 一事一议资金: money raised by the villagers for a project they voted (一事一议), kept per project.</summary>
    public const string VillageProjectFunds = "231";

    /// <summary>241 专项应付款: special funds, kept per project.</summary>
    public const string SpecialFunds = "241";

    /// <summary>311 公积公益金: where the dividend plan's reserve goes.</summary>
    public const string Reserve = "311";

    /// <summary>321 本年收益: the year's result, into which the year-end closing brings income and expense.</summary>
    public const string CurrentYearResult = "321";

    /// <summary>322 收益分配: the distribution of the result.</summary>
    public const string Distribution = "322";

    /// <summary>32201 各项分配, under 322: the distributions of the year.</summary>
    public const string Distributions = "32201";

    /// <summary>3220101 提取公积公益金, under 32201.</summary>
    public const string ToReserve = "3220101";

    /// <summary>3220102 向成员分配, under 32201.</summary>
    public const string ToMembers = "3220102";

    /// <summary>3220103 其他, under 32201.</summary>
    public const string OtherDistributions = "3220103";

    /// <summary>32202 未分配收益, under 322: what is left undistributed.</summary>
    public const string Undistributed = "32202";

    /// <summary>501 经营收入: the income contracts bring in.</summary>
    public const string BusinessIncome = "501";

    /// <summary>Cash (101) at any level.</summary>
    public static bool IsCash(string code) => code.StartsWith(Cash, StringComparison.Ordinal);

    /// <summary>Bank (102) at any level.</summary>
    public static bool IsBank(string code) => code.StartsWith(Bank, StringComparison.Ordinal);

    /// <summary>Cash (101) or bank (102) at any level: the book's money, which is paid out and may never go negative.</summary>
    public static bool IsCashOrBank(string code) => IsCash(code) || IsBank(code);
}
