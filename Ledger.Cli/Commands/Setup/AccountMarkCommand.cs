using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("把收入科目（含明细）标记为不可分红：征地补偿、专项补助。", "Mark an income account (and its sub-accounts) as not distributable as dividends: land compensation, earmarked subsidies.")]
internal sealed class AccountMarkCommand(CliContext context) : LedgerCommand<AccountMarkCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("编码", "The code")]
        [CommandArgument(0, "<CODE>")]
        public string Code { get; init; } = "";

        [CommandOption("--non-distributable")]
        [Says("要设的标记；目前只有这一种。", "The mark to set; the only one there is.")]
        public bool NonDistributable { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        if (!settings.NonDistributable)
        {
            throw new UsageException("say which mark to set: --non-distributable");
        }
        return WithSession(settings, session =>
        {
            var result = session.Accounts.MarkNonDistributable(book, settings.Code);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"{book} 科目 {result.Value.Code} {result.Value.Name} 的收入不参与分红"
                : $"The income of {result.Value.Code} {result.Value.Name} in {book} is not distributable as dividends");
            return ExitCodes.Done;
        });
    }
}
