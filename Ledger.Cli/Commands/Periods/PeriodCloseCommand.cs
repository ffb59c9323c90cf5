using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Periods;

[Says("结账：一个账套（--book）或全部账套（--all）的一个月；不能结账时逐条说明原因。", "Close a month of one book (--book) or of every book (--all); refused, naming each reason, until it can be.")]
internal sealed class PeriodCloseCommand(CliContext context) : LedgerCommand<PeriodCloseCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("月份，如 2024-03", "The month, e.g. 2024-03")]
        [CommandArgument(0, "<MONTH>")]
        public string Month { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("全部账套", "Every book")]
        [CommandOption("--all")]
        public bool All { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Month);
        if (settings.All == (settings.Book is not null))
        {
            throw new UsageException("period close takes either --book V001/collective or --all");
        }
        var book = OptionalBook(settings.Book);
        return WithSession(settings, session =>
        {
            var closed = 0;
            foreach (var month in period.Months())
            {
                var result = session.Periods.Close(month, book);
                if (result.IsRefused)
                {
                    return Refused(result, settings);
                }
                closed += result.Value.Count;
                var zh = LanguageOf(settings) == Ledger.Core.Language.Zh;
                foreach (var (closedBook, carry) in result.Value.Where(c => c.Carry is not null).Select(c => (c.Book, c.Carry!.Value)))
                {
                    Context.Out.WriteLine(zh
                        ? $"{closedBook} {month}：结转本月损益 {carry.Number}（凭证 {carry.Id}）"
                        : $"{closedBook} {month}: carried the month's income and expense into 321 as {carry.Number} (voucher {carry.Id})");
                }
                Context.Out.WriteLine(zh
                    ? $"{month} 已结账：{result.Value.Count} 个账套"
                    : $"{month} closed for {result.Value.Count} books");
            }
            return ExitCodes.Done;
        });
    }
}
