using Ledger.Core.Books;

namespace Ledger.Core.Approval;

/// <summary>
/// Keeps a project of 241 专项应付款 or 231 一事一议资金 from spending more than it has received: a project's money is
/// given for it alone, so a payment beyond what arrived is paid with someone else's money. Counts the book's posted and
/// approved vouchers, read once, and the approvals the run completes.
/// </summary>
internal sealed class ProjectFundGuard(BookRef book, IEnumerable<(string LevelOne, string Project, long DebitFen, long CreditFen)> committed)
{
    private readonly Dictionary<(string LevelOne, string Project), (long DebitFen, long CreditFen)> _committed = committed
        .GroupBy(c => (c.LevelOne, c.Project))
        .ToDictionary(g => g.Key, g => (g.Sum(c => c.DebitFen), g.Sum(c => c.CreditFen)));

    /// <summary>Why the voucher's lines would take a project beyond what it received; empty when none would.</summary>
    public IEnumerable<Text> Check(IReadOnlyList<(string LevelOne, string Project, long DebitFen, long CreditFen)> lines)
    {
        foreach (var project in lines.GroupBy(l => (l.LevelOne, l.Project)).Where(g => g.Any(l => l.DebitFen > 0)))
        {
            var (debitFen, creditFen) = _committed.GetValueOrDefault(project.Key);
            var received = Money.FromFen(checked(creditFen + project.Sum(l => l.CreditFen)));
            var spent = Money.FromFen(checked(debitFen + project.Sum(l => l.DebitFen)));
            if (spent > received)
            {
                yield return new Text(
                    $"{book} {project.Key.LevelOne} 项目“{project.Key.Project}”已收 {received}，连同本凭证支出 {spent}，超出所收 {spent - received}（已计入已记账和已审批的凭证）",
                    $"{book} {project.Key.LevelOne} project '{project.Key.Project}' received {received}; with this voucher it spends {spent}, {spent - received} more than it received (counting posted and approved vouchers)");
            }
        }
    }

    /// <summary>Counts an approved voucher's lines, so that the vouchers after it in the run are checked against them.</summary>
    public void Commit(IEnumerable<(string LevelOne, string Project, long DebitFen, long CreditFen)> lines)
    {
        foreach (var line in lines)
        {
            var (debitFen, creditFen) = _committed.GetValueOrDefault((line.LevelOne, line.Project));
            _committed[(line.LevelOne, line.Project)] = (checked(debitFen + line.DebitFen), checked(creditFen + line.CreditFen));
        }
    }
}
