using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("在一级科目或明细科目下增设明细科目，如 10201 银行存款-农商行。", "Add a sub-account under a level-1 account or another sub-account, e.g. 10201 银行存款-农商行.")]
internal sealed class AccountAddCommand(CliContext context) : LedgerCommand<AccountAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandArgument(0, "<CODE>")]
        public string Code { get; init; } = "";

        [CommandArgument(1, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--non-distributable")]
        [Says("其收入永不用于分红的收入科目（征地补偿、专项补助）。", "An income account whose income is never paid out as dividends (land compensation, earmarked subsidies).")]
        public bool NonDistributable { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Accounts.AddSubAccount(book, settings.Code, settings.Name, settings.NonDistributable);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"已在 {book} 添加科目 {result.Value.Code} {result.Value.Name}"
                : $"Added account {result.Value.Code} {result.Value.Name} to {book}");
            return ExitCodes.Done;
        });
    }
}
