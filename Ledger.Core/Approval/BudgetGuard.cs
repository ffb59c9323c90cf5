using Ledger.Core.Accounts;
using Ledger.Core.Books;

namespace Ledger.Core.Approval;

/// <summary>
/// All village money is under budget: spending on an expense or cost account needs an approved budget line for
/// the account or one above it, and the year's approved and posted spending under that line, plus this voucher,
/// may not pass the line plus the policy's tolerance.
/// </summary>
internal sealed class BudgetGuard(BookRef book, int year, IReadOnlyDictionary<long, Account> chart, IReadOnlyDictionary<long, long> budgetFen, Dictionary<long, long> committedFen, int tolerancePercent)
{
    /// <summary>The reasons the voucher's spending does not fit the budget; empty when it fits.</summary>
    public List<Text> Check(IEnumerable<(long AccountId, long NetFen)> lines)
    {
        var problems = new List<Text>();
        foreach (var group in Spending(lines).GroupBy(s => s.BudgetAccountId))
        {
            if (group.Key is not { } budgetAccount)
            {
                foreach (var unbudgeted in group)
                {
                    var account = chart[unbudgeted.AccountId];
                    problems.Add(new Text($"科目 {account.Code} {account.Name} 没有 {book} {year} 年已审批的预算",
                        $"account {account.Code} {account.Name} has no approved {year} budget in {book}"));
                }
                continue;
            }
            var line = chart[budgetAccount];
            var spent = Committed(line.Code) + group.Sum(s => s.NetFen);
            var budget = budgetFen[budgetAccount];
            // Compared in whole fen times a hundred, so that the tolerance needs no rounding.
            if (spent * 100 > budget * (100 + tolerancePercent))
            {
                problems.Add(new Text(
                    $"超预算：{line.Code} {line.Name} 本年预算 {Money.FromFen(budget)}，连同本凭证已支出 {Money.FromFen(spent)}",
                    $"over budget: {line.Code} {line.Name} has a {year} budget of {Money.FromFen(budget)}, and with this voucher {Money.FromFen(spent)} is spent"));
            }
        }
        return problems;
    }

    /// <summary>Counts an approved voucher's spending, so that the next voucher of the same run sees it.</summary>
    public void Commit(IEnumerable<(long AccountId, long NetFen)> lines)
    {
        foreach (var (accountId, netFen) in lines)
        {
            committedFen[accountId] = committedFen.GetValueOrDefault(accountId) + netFen;
        }
    }

    private IEnumerable<(long AccountId, long? BudgetAccountId, long NetFen)> Spending(IEnumerable<(long AccountId, long NetFen)> lines) =>
        lines.Where(l => chart[l.AccountId].Class is AccountClass.Expense or AccountClass.Cost && l.NetFen > 0)
            .Select(l => (l.AccountId, BudgetLineOf(chart[l.AccountId].Code), l.NetFen));

    /// <summary>The budget line that covers an account: its own, or the nearest one above it.</summary>
    private long? BudgetLineOf(AccountCode code) => chart
        .Where(a => budgetFen.ContainsKey(a.Key) && (a.Value.Code == code || a.Value.Code.IsAncestorOf(code)))
        .OrderByDescending(a => a.Value.Code.Value.Length)
        .Select(a => (long?)a.Key)
        .FirstOrDefault();

    private long Committed(AccountCode budgetCode) => committedFen
        .Where(c => chart[c.Key].Code == budgetCode || budgetCode.IsAncestorOf(chart[c.Key].Code))
        .Sum(c => c.Value);
}
