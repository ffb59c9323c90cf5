using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("收益及收益分配表：账套一年（或截至某月）的收益及其分配。", "收益及收益分配表: the income and distribution statement of a book for a year (or up to a month).")]
internal sealed class IncomeCommand(CliContext context) : StatementCommand(context)
{
    protected override Result<Statement> Build(LedgerSession session, Ledger.Core.Books.BookRef book, Period period) => session.Statements.Income(book, period);

    protected override Result<Ledger.Core.Print.PrintedTable> Printed(LedgerSession session, Ledger.Core.Books.BookRef book, Period period) => session.Books.IncomeTable(book, period);
}
