using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("把已记账凭证写成 ledger-cli 和 hledger 可读的日记账。", "Write the posted vouchers as a journal that ledger-cli and hledger read.")]
internal sealed class ExportLedgerCommand(CliContext context) : LedgerCommand<ExportLedgerCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--all")]
        [Says("全镇所有账套。", "Every book of the township.")]
        public bool All { get; init; }
    }

    protected override int Run(Settings settings)
    {
        if (settings.All == (settings.Book is not null))
        {
            throw new UsageException("export ledger takes either --book V001/collective or --all");
        }
        var book = OptionalBook(settings.Book);
        return WithSession(settings, session =>
        {
            var refused = 0;
            Emit(settings, target =>
            {
                var result = session.Journal.Write(target, book);
                refused = result.IsRefused ? Refused(result, settings) : ExitCodes.Done;
            });
            return refused;
        });
    }
}
