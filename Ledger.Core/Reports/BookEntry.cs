namespace Ledger.Core.Reports;

/// <summary>One posted line of a book an office keeps (日记账, 明细账), with the account's balance after it.</summary>
/// <param name="Account">The code of the account the line is on: the account itself or one of its sub-accounts.</param>
/// <param name="CounterAccounts">The 对方科目: the level-1 names of the voucher's other side, joined with 、.</param>
/// <param name="Balance">Debit minus credit after this line; negative for a credit balance.</param>
public sealed record BookEntry(
    DateOnly Date, string Number, long VoucherId, string Summary, string Account, string CounterAccounts, Money Debit, Money Credit, Money Balance);
