namespace Ledger.Core.Print;

/// <summary>The ledgers an office keeps for an account, each laid out 三栏式 or with analysed columns.</summary>
public enum LedgerKind
{
    /// <summary>明细账: every posted line, with 本月合计 and 本年累计 at each month's end.</summary>
    Detail,

    /// <summary>总账: the account summarised by month, as a 总账 is kept (期初, 本月合计, 本年累计).</summary>
    General,

    /// <summary>多栏账: every posted line, with one column per sub-account for the analysed side.</summary>
    Columnar,
}
