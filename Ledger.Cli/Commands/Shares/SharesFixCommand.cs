using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("股权固化：在某日固定合作社的股权登记簿，此后持股只能经登记的变动改变。", "Fix a collective's share register at a date (股权固化): after it, holdings change only by recorded events.")]
internal sealed class SharesFixCommand(CliContext context) : LedgerCommand<SharesFixCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("日期，如 2024-03-05", "The date, e.g. 2024-03-05")]
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2020-12-31")), "--date");
        return WithSession(settings, session =>
        {
            var result = session.Shares.Fix(book, date);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var view = result.Value;
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"{book} 股权已于 {date:yyyy-MM-dd} 固化：{view.Rows.Count} 户，{view.TotalUnits} 股（折算 {view.WeightedUnits} 股）"
                : $"Fixed the register of {book} on {date:yyyy-MM-dd}: {view.Rows.Count} households, {view.TotalUnits} units ({view.WeightedUnits} weighted)");
            return ExitCodes.Done;
        });
    }
}
