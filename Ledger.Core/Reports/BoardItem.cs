namespace Ledger.Core.Reports;

/// <summary>One income or spending item of a transparency board (逐项逐笔): one posted voucher line.</summary>
/// <param name="Category">The level-1 account it falls under, e.g. 管理费用.</param>
public sealed record BoardItem(DateOnly Date, string Number, string Summary, string Category, string Account, string? Counterparty, Money Amount);
