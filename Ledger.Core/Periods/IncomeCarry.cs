namespace Ledger.Core.Periods;

/// <summary>
/// When income and expense are carried into 321 本年收益 (损益结转): once, by the year close, or at every month's
/// close by an engine-made 转 voucher, as offices that report a monthly result keep their books.
/// </summary>
public enum IncomeCarry
{
    /// <summary>The year close carries the year's income and expense (the policy's default, <c>"yearly"</c>).</summary>
    Yearly,

    /// <summary>Each month's close carries the month's (<c>"monthly"</c>); the year close carries what is left.</summary>
    Monthly,
}
