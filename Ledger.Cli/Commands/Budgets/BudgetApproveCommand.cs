using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

[Says("审批账套的年度预算（镇审核员）。", "Approve a book's budget for a year (township reviewer).")]
internal sealed class BudgetApproveCommand(CliContext context) : BudgetCommand<BookYearSettings>(context)
{
    protected override Result<BudgetView> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) => session.Budgets.Approve(book, year);
}
