namespace Ledger.Core.Print;

/// <summary>The kinds of row a book prints, which the renderer sets apart (totals ruled above, carries in their place).</summary>
public enum PrintedRowKind
{
    /// <summary>上年结转 or 期初余额: the balance the document starts from.</summary>
    Opening,

    /// <summary>One voucher line, or one statement line.</summary>
    Entry,

    /// <summary>本日合计.</summary>
    DayTotal,

    /// <summary>本月合计: ends a month, and restarts the month sum that 过次页 carries.</summary>
    MonthTotal,

    /// <summary>本年累计.</summary>
    YearTotal,

    /// <summary>A statement's subtotal or total line (资产总计), printed bold.</summary>
    Total,

    /// <summary>承前页 or 过次页, added by the renderer only.</summary>
    Carry,
}
