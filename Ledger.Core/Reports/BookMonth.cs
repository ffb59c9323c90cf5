using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>A month's totals in a book: 本月合计 (the month's debits and credits) and 本年累计 (since 1 January).</summary>
/// <param name="Balance">Debit minus credit at the end of the month.</param>
public sealed record BookMonth(Month Month, Money Debit, Money Credit, Money Balance, Money YearDebit, Money YearCredit);
