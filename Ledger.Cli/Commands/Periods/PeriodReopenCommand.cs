using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Periods;

[Says("反结账：重新打开一个账套已结账的月份（管理员），须说明原因；留有记录。", "Reopen a closed month of one book (admin), with the reason; recorded.")]
internal sealed class PeriodReopenCommand(CliContext context) : LedgerCommand<PeriodReopenCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<MONTH>")]
        public string Month { get; init; } = "";

        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--reason <TEXT>")]
        public string? Reason { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Month);
        if (!period.IsSingleMonth)
        {
            throw new UsageException("period reopen takes one month, e.g. 2024-03");
        }
        var book = RequiredBook(settings.Book);
        var reason = Required(settings.Reason, "--reason", "\"补记漏记凭证\"");
        return WithSession(settings, session =>
        {
            var result = session.Periods.Reopen(period.First, book, reason);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"{book} {period} 已反结账：{reason}" : $"{book} {period} reopened: {reason}");
            return ExitCodes.Done;
        });
    }
}
