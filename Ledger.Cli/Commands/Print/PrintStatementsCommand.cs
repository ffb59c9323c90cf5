using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Print;

namespace Ledger.Cli.Commands.Print;

[Says("打印会计报表（PDF）：资产负债表（左资产、右负债和所有者权益）、收益及收益分配表、科目余额表，各一页起，含行次、编制单位和签章栏。",
    "Print the statements (PDF): the two-sided balance sheet, the income and distribution statement and the trial balance, each from a new page, with line numbers, the unit and signature lines.")]
internal sealed class PrintStatementsCommand(CliContext context) : PrintTablesCommand<PrintSettings>(context)
{
    protected override Result<IReadOnlyList<PrintedTable>> Tables(LedgerSession session, PrintSettings settings, BookRef book, Period period) =>
        session.Books.StatementTables(book, period);

    protected override Text Name(PrintSettings settings) => new("会计报表", "the statements");
}
