using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("列出凭证，可按期间、账套、村和状态筛选。", "List vouchers of a period, optionally of one book and one status.")]
internal sealed class VoucherListCommand(CliContext context) : LedgerCommand<VoucherListCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("状态：submitted（已提交）、approved（已审批）、rejected（已退回）、posted（已记账）、reversed（已冲销）、withdrawn（已撤回）", "The status: submitted, approved, rejected, posted, reversed or withdrawn")]
        [CommandOption("--status <STATUS>")]
        public string? Status { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = OptionalBook(settings.Book);
        var period = RequiredPeriod(settings.Period);
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
            var result = session.Vouchers.List(period, book, status);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Emit(settings, target => Output.Listing(target, format, language, columns, result.Value));
            return ExitCodes.Done;
        });
    }
}
