namespace Ledger.Core.Dimensions;

/// <summary>
/// One project's money on 241 专项应付款 or 231 一事一议资金: what it had left before the period, what it received
/// (credits) and spent (debits) in the period, and what remains. Both accounts are credit-natured, so what remains is
/// the credit balance; a negative remainder is a project that spent more than it received.
/// </summary>
/// <param name="Project">Empty for the lines that name no project.</param>
public sealed record ProjectFund(string Project, Money OpeningRemaining, Money Received, Money Spent, Money Remaining);
