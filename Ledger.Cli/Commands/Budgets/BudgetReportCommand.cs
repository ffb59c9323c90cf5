using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

[Says("预算执行表：各科目的预算、调整、实际支出、已审批未记账、余额和执行率。", "预算执行表: per account, budget, adjustments, actual, committed, remaining and percent used.")]
internal sealed class BudgetReportCommand(CliContext context) : BudgetCommand<BookYearSettings>(context)
{
    protected override Result<BudgetView> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) => session.Budgets.Show(book, year);
}
