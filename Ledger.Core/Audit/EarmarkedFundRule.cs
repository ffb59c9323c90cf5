using Ledger.Core.Storage;

namespace Ledger.Core.Audit;

/// <summary>
/// Rule 18, 专款挪用: a project of 241 专项应付款 that has paid out more than it received by the period's end. The
/// grant is credited as it arrives and debited as it is spent, so a debit balance is money taken from elsewhere, or
/// spending booked to the wrong project.
/// </summary>
internal static class EarmarkedFundRule
{
    public static IEnumerable<Finding> Run(AuditContext context)
    {
        foreach (var project in AuditStore.EarmarkedProjects(context.Transaction, StoredTime.Format(context.Period.LastDay)))
        {
            if (!context.Books.TryGetValue(project.BookId, out var book) || !context.InScope(book) || project.DebitFen <= project.CreditFen)
            {
                continue;
            }
            // A project is named by the line, else by the sub-account that stands for it.
            var name = project.Project ?? (project.Level > 1 ? project.AccountName : null);
            var shown = name is null ? new Text($"{project.Code}（未填项目）", $"{project.Code} (no project named)") : new Text($"{project.Code} {name}", $"{project.Code} {name}");
            var paidInPeriod = context.Vouchers
                .Where(v => v.BookId == project.BookId && v.Lines.Any(l => l.Code == project.Code && l.Project == project.Project && l.DebitFen > 0))
                .Select(v => v.Id)
                .ToList();
            var over = Money.FromFen(project.DebitFen - project.CreditFen);
            var paid = Money.FromFen(project.DebitFen);
            var received = Money.FromFen(project.CreditFen);
            yield return new Finding(18, "project-overspent", new Text("专项应付款项目超支", "earmarked project overspent"), book, paidInPeriod, over,
                new Text($"专项应付款 {shown.Zh} 截至 {context.Period.LastDay:yyyy-MM-dd} 拨入 {received}，付出 {paid}，超支 {over}：超出部分动用了其他资金或记错了项目",
                    $"earmarked fund {shown.En} received {received} and paid out {paid} by {context.Period.LastDay:yyyy-MM-dd}, {over} more than it had: other money paid for it, or spending went to the wrong project"));
        }
    }
}
