namespace Ledger.Core.Print;

/// <summary>
/// What a column shows on the 过次页 row at a page's foot and the 承前页 row at the next page's head. 会计基础工作规范
/// §61: an account that totals its month carries the sum from the month's first day to the page's end; the balance
/// is carried as it stands.
/// </summary>
public enum ColumnCarry
{
    /// <summary>Left blank on carry rows (date, voucher number, counter-account).</summary>
    None,

    /// <summary>The sum of the entry rows' amounts since the last month total (借方, 贷方).</summary>
    MonthSum,

    /// <summary>The last entry row's value as it stands (余额, 借或贷).</summary>
    Last,
}
