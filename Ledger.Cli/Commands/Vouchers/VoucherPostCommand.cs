using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("按日期顺序记账本期全部已审批凭证，按账套和月份编凭证号。", "Post every approved voucher of the period in date order, numbering them per book and month.")]
internal sealed class VoucherPostCommand(CliContext context) : LedgerCommand<VoucherPostCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }
    }

    private static Refusal Left(UnpostedVoucher u) => Refusal.Of(u.Reason.Code,
        $"凭证 {u.Id}（{u.Book} {u.Date:yyyy-MM-dd} {u.Summary}）未记账：{u.Reason.Message.Zh}",
        $"voucher {u.Id} ({u.Book} {u.Date:yyyy-MM-dd} {u.Summary}) was not posted: {u.Reason.Message.En}");

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Period);
        var book = OptionalBook(settings.Book);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Post(period, book);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var zh = LanguageOf(settings) == Ledger.Core.Language.Zh;
            var report = result.Value;
            foreach (var group in report.Posted.GroupBy(p => (p.Book, p.Number.Month)))
            {
                // Each word runs from its own 1 (收-1…4, 付-1…3), so each is named with its first and last.
                var words = group.GroupBy(p => p.Number.Word).OrderBy(w => w.Key)
                    .Select(w => (First: w.MinBy(p => p.Number.WordSequence).Number, Last: w.MaxBy(p => p.Number.WordSequence).Number)).ToList();
                Context.Out.WriteLine(zh
                    ? $"{group.Key.Book} {group.Key.Month}：记账 {group.Count()} 张，{string.Join("、", words.Select(w => $"{w.First} 至 {w.Last}"))}"
                    : $"{group.Key.Book} {group.Key.Month}: posted {group.Count()} vouchers, {string.Join(", ", words.Select(w => $"{w.First} to {w.Last}"))}");
            }
            if (report.IsComplete)
            {
                Context.Out.WriteLine(zh ? $"共记账 {report.Posted.Count} 张凭证" : $"Posted {report.Posted.Count} vouchers in all");
                return ExitCodes.Done;
            }
            // What was posted stays posted; each voucher left is named on stderr with why, and the exit code says that
            // the run did not finish the period's work.
            Context.Out.WriteLine(zh
                ? $"共记账 {report.Posted.Count} 张凭证，已保存；未记账 {report.Unposted.Count} 张，原因见下，处理后再运行 voucher post"
                : $"Posted {report.Posted.Count} vouchers, which stay posted; left {report.Unposted.Count}, each with its reason below: deal with them and run voucher post again");
            return Refused(Result<PostingReport>.Refused(report.Unposted.Select(Left).ToList()), settings);
        });
    }
}
