namespace Ledger.Core.Budgets;

/// <summary>One account's budget for a year against what is spent.</summary>
/// <param name="Budget">The line as approved, with every adjustment in it.</param>
/// <param name="Adjustments">The sum of the recorded adjustments.</param>
/// <param name="Actual">Net debits of the year's posted vouchers on the account and its sub-accounts.</param>
/// <param name="Committed">Net debits of approved vouchers not yet posted.</param>
public sealed record BudgetLine(string Code, string Name, Money Budget, Money Adjustments, Money Actual, Money Committed)
{
    public Money Remaining => Budget - Actual - Committed;

    /// <summary>Used, in whole percent rounded down; null for a zero budget.</summary>
    public long? PercentUsed => Budget.IsZero ? null : (Actual + Committed).Fen * 100 / Budget.Fen;
}
