using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Dimensions;

/// <summary>The project ledger (项目台账) of 241 专项应付款 or 231 一事一议资金 for a period.</summary>
public sealed record ProjectFunds(BookRef Book, string Code, string Name, Period Period, IReadOnlyList<ProjectFund> Projects)
{
    public ProjectFund Totals => new("", Money.Sum(Projects.Select(p => p.OpeningRemaining)), Money.Sum(Projects.Select(p => p.Received)),
        Money.Sum(Projects.Select(p => p.Spent)), Money.Sum(Projects.Select(p => p.Remaining)));
}
