namespace Ledger.Core.Reports;

/// <summary>One earmarked fund's line on the board: the account (241 or 231) and project, and its money in the period.</summary>
/// <param name="Project">Empty for the lines that name no project.</param>
public sealed record BoardProject(string Account, string AccountName, string Project, Money OpeningRemaining, Money Received, Money Spent, Money Remaining);
