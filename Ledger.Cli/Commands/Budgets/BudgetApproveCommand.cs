using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Budgets;

namespace Ledger.Cli.Commands.Budgets;

[Description("Approve a book's budget for a year (township reviewer).")]
internal sealed class BudgetApproveCommand(CliContext context) : BudgetCommand<BookYearSettings>(context)
{
    protected override Result<BudgetView> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) => session.Budgets.Approve(book, year);
}
