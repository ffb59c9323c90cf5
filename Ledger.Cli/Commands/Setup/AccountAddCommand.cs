using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("在一级科目或明细科目下增设明细科目，如 10201 银行存款-农商行。", "Add a sub-account under a level-1 account or another sub-account, e.g. 10201 银行存款-农商行.")]
internal sealed class AccountAddCommand(CliContext context) : LedgerCommand<AccountAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("编码", "The code")]
        [CommandArgument(0, "<CODE>")]
        public string Code { get; init; } = "";

        [Says("名称", "The name")]
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
