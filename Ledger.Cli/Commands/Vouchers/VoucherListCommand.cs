using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("列出凭证，可按期间、账套、村和状态筛选；不给 --period 时列出所有期间。", "List vouchers, optionally of one period, one book, one village and one status; without --period, of every period.")]
internal sealed class VoucherListCommand(CliContext context) : LedgerCommand<VoucherListCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--book <BOOK>")]
        [Says("只列这一账套的凭证，例如 V001/collective。", "Only this book's vouchers, e.g. V001/collective.")]
        public string? Book { get; init; }

        [CommandOption("--period <PERIOD>")]
        [Says("月、季或年（2024-03、2024-Q1、2024）；不给时列出所有期间。", "A month, quarter or year (2024-03, 2024-Q1, 2024); every period when left out.")]
        public string? Period { get; init; }

        [CommandOption("--status <STATUS>")]
        [Says("submitted、approved、rejected、posted 或 reversed。", "submitted, approved, rejected, posted or reversed.")]
        public string? Status { get; init; }

        [CommandOption("--village <VILLAGE>")]
        [Says("只列这个村两本账的凭证，例如 V001。", "Only the vouchers of this village's two books, e.g. V001.")]
        public string? Village { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = OptionalBook(settings.Book);
        var period = settings.Period is null ? null : Parsed(Period.Parse(settings.Period), "--period");
        var village = OptionalVillage(settings.Village);
        VoucherStatus? status = settings.Status is null ? null : Parsed(VoucherStatusNames.Parse(settings.Status), "--status");
        var language = LanguageOf(settings);
        var format = FormatOf(settings);
        Column<VoucherSummary>[] columns =
        [
            new("id", new Text("ID", "id"), v => v.Id.Value),
            new("book", new Text("账套", "book"), v => v.Book.ToString()),
            new("date", new Text("日期", "date"), v => v.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("status", new Text("状态", "status"), v => format == OutputFormat.Table ? v.Status.Label().In(language) : v.Status.Key()),
            new("number", new Text("凭证号", "number"), v => v.Number),
            new("source_ref", new Text("原凭证号", "source ref"), v => v.SourceRef),
            new("summary", new Text("摘要", "summary"), v => v.Summary),
            new("amount", new Text("金额", "amount"), v => v.Amount),
            new("prepared_by", new Text("制单人", "prepared by"), v => v.PreparedBy),
        ];
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.List(period, book, status, village);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Emit(settings, target => Output.Listing(target, format, language, columns, result.Value));
            return ExitCodes.Done;
        });
    }
}
