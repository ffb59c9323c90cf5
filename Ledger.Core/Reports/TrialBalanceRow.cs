namespace Ledger.Core.Reports;

/// <summary>One account's line of the trial balance (科目余额表). Balances show on their side, never negative.</summary>
/// <param name="Level">1 for a level-1 account, which rolls up its sub-accounts.</param>
public sealed record TrialBalanceRow(
    string Code, string Name, int Level,
    Money OpeningDebit, Money OpeningCredit,
    Money PeriodDebit, Money PeriodCredit,
    Money ClosingDebit, Money ClosingCredit)
{
    public Money OpeningNet => OpeningDebit - OpeningCredit;

    public Money ClosingNet => ClosingDebit - ClosingCredit;

    public bool IsZero => OpeningDebit.IsZero && OpeningCredit.IsZero && PeriodDebit.IsZero && PeriodCredit.IsZero && ClosingDebit.IsZero && ClosingCredit.IsZero;
}
