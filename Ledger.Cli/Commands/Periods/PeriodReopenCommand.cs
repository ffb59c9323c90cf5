using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Periods;

[Says("反结账：重新打开一个账套已结账的月份（镇会计或管理员），须说明原因；留有记录；按月结转的损益凭证随之红字冲销。", "Reopen a closed month of one book (township accountant or admin), with the reason; recorded; the month's carry of income and expense is reversed.")]
internal sealed class PeriodReopenCommand(CliContext context) : LedgerCommand<PeriodReopenCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("月份，如 2024-03", "The month, e.g. 2024-03")]
        [CommandArgument(0, "<MONTH>")]
        public string Month { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("原因，记入历史", "The reason, kept in the history")]
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
