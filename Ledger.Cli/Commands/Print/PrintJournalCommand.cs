using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Print;

namespace Ledger.Cli.Commands.Print;

[Says("打印日记账（PDF）：现金日记账（101）或银行存款日记账（102 及其明细），三栏式，含本日合计、本月合计、本年累计，跨页有承前页、过次页。",
    "Print a journal (PDF): the cash journal (101) or a bank journal (102 and its sub-accounts), with day, month and year totals and 承前页/过次页 across pages.")]
internal sealed class PrintJournalCommand(CliContext context) : PrintTablesCommand<PrintAccountSettings>(context)
{
    protected override Result<IReadOnlyList<PrintedTable>> Tables(LedgerSession session, PrintAccountSettings settings, BookRef book, Period period) =>
        PrintedTables.Single(session.Books.JournalTable(book, RequiredAccount(settings.Account), period));

    protected override Text Name(PrintAccountSettings settings) => new($"日记账 {settings.Account}", $"the journal of {settings.Account}");
}
