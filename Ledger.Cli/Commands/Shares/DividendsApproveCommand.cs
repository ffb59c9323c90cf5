using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;

namespace Ledger.Cli.Commands.Shares;

[Description("Approve a dividend plan: a township reviewer, and the village's democratic finance group.")]
internal sealed class DividendsApproveCommand(CliContext context) : DividendsCommand<BookYearSettings>(context)
{
    protected override Result<DividendPlan> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) => session.Dividends.Approve(book, year);
}
