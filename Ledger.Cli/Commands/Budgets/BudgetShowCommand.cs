using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

[Says("显示账套的年度预算及执行情况。", "Show a book's budget for a year against what is spent.")]
internal sealed class BudgetShowCommand(CliContext context) : BudgetCommand<BookYearSettings>(context)
{
    protected override Result<BudgetView> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) => session.Budgets.Show(book, year);
}
