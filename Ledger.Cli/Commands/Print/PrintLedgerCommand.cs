using Ledger.Cli.Commands.Reports;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Print;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Print;

[Says("打印账簿（PDF）：明细账（默认）、总账或多栏账，三栏式带“借或贷”，跨页有承前页、过次页。",
    "Print a ledger (PDF): the detail ledger (default), the general ledger or the columnar ledger, with 借或贷 and 承前页/过次页 across pages.")]
internal sealed class PrintLedgerCommand(CliContext context) : PrintTablesCommand<PrintLedgerCommand.Settings>(context)
{
    public sealed class Settings : PrintAccountSettings
    {
        [Says("账簿：detail（明细账，默认）、general（总账）或 columnar（多栏账）", "The ledger: detail (default), general or columnar")]
        [CommandOption("--kind <KIND>")]
        public string? Kind { get; init; }
    }

    protected override Result<IReadOnlyList<PrintedTable>> Tables(LedgerSession session, Settings settings, BookRef book, Period period) =>
        PrintedTables.Single(session.Books.LedgerTable(book, RequiredAccount(settings.Account), period, LedgerKindOption.Parse(settings.Kind) ?? LedgerKind.Detail));

    protected override Text Name(Settings settings) => new($"账簿 {settings.Account}", $"the ledger of {settings.Account}");
}
