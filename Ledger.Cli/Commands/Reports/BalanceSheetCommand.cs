using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("资产负债表：账套期末余额与年初余额。", "资产负债表: the balance sheet of a book at the end of a period, beside the start of its year.")]
internal sealed class BalanceSheetCommand(CliContext context) : StatementCommand(context)
{
    protected override Result<Statement> Build(LedgerSession session, Ledger.Core.Books.BookRef book, Period period) => session.Statements.BalanceSheet(book, period);

    protected override Result<Ledger.Core.Print.PrintedTable> Printed(LedgerSession session, Ledger.Core.Books.BookRef book, Period period) => session.Books.BalanceSheetTable(book, period);
}
