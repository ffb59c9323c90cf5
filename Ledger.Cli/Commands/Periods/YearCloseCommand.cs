using System.Globalization;
using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Periods;

[Says("年度结账（如有收益分配，在其之后）：损益结转入 321，321 和 32201 各项分配转入 32202 未分配收益，然后结账十二月。", "Close a book's year, after its dividends if any: income and expense into 321, 321 and 32201 各项分配 into 32202 未分配收益, then close December.")]
internal sealed class YearCloseCommand(CliContext context) : LedgerCommand<YearCloseCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("年度，如 2024", "The year, e.g. 2024")]
        [CommandArgument(0, "<YEAR>")]
        public string Year { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }
    }

    protected override int Run(Settings settings)
    {
        if (!int.TryParse(settings.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2199)
        {
            throw new UsageException($"'{settings.Year}' is not a year, e.g. 2024");
        }
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Periods.CloseYear(year, book);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var zh = LanguageOf(settings) == Ledger.Core.Language.Zh;
            foreach (var voucher in result.Value)
            {
                Context.Out.WriteLine(zh ? $"结转凭证 {voucher.Id}：{voucher.Number.Month} {voucher.Number}" : $"closing voucher {voucher.Id}: {voucher.Number.Month} {voucher.Number}");
            }
            Context.Out.WriteLine(zh ? $"{book} {year} 年已年结" : $"{book} {year} closed");
            return ExitCodes.Done;
        });
    }
}
