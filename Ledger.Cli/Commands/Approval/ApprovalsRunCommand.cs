using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Users;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Approval;

[Says("按月审批：在审批规则允许之处签上你的审批，其余的逐一说明原因。", "The monthly approval run: add your approval wherever the policy allows, and say why everywhere else.")]
internal sealed class ApprovalsRunCommand(CliContext context) : LedgerCommand<ApprovalsRunCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("村编码，如 V001", "The village code, e.g. V001")]
        [CommandOption("--village <CODE>")]
        public string? Village { get; init; }

        [CommandOption("--approve")]
        [Says("真正签批；不加此项只列出将做什么（同 approvals pending）。", "Add the approvals; without it the run only lists what it would do (approvals pending).")]
        public bool Approve { get; init; }
    }

    protected override int Run(Settings settings)
    {
        if (!settings.Approve)
        {
            throw new UsageException("approvals run changes data only with --approve; to look first, use approvals pending");
        }
        var period = RequiredPeriod(settings.Period);
        var village = OptionalVillage(settings.Village);
        var language = LanguageOf(settings);
        Column<ApprovalOutcome>[] columns =
        [
            new("id", new Text("ID", "id"), o => o.Id.Value),
            new("book", new Text("账套", "book"), o => o.Book.ToString()),
            new("date", new Text("日期", "date"), o => o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("summary", new Text("摘要", "summary"), o => o.Summary),
            new("amount", new Text("金额", "amount"), o => o.Amount),
            new("result", new Text("结果", "result"), o => (o.Approved, o.Complete) switch
            {
                (true, true) => language == Language.Zh ? "已审批（完成）" : "approved (complete)",
                (true, false) => language == Language.Zh ? "已审批（待其他角色）" : "approved (others to follow)",
                _ => language == Language.Zh ? "未审批" : "not approved",
            }),
            new("still_needed", new Text("尚需", "still needed"), o => string.Join(language == Language.Zh ? "、" : ", ", o.StillNeeded.Select(r => r.Label().In(language)))),
            new("reason", new Text("原因", "reason"), o => o.Reason?.In(language)),
        ];
        return WithSession(settings, session =>
        {
            // A table lists what was not approved, with why, and counts the rest; JSON and CSV carry every voucher,
            // so only they keep every outcome.
            var table = FormatOf(settings) == OutputFormat.Table;
            var every = new List<ApprovalOutcome>();
            var result = session.Approvals.Run(period, village, table ? null : every.Add);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var report = result.Value;
            KeepInLog(report.NotApproved.Select(o => o.Denied).OfType<Refusal>());
            Emit(settings, target =>
            {
                // A table of nothing left says nothing that the count below does not.
                if (!table || report.NotApproved.Count > 0)
                {
                    Output.Listing(target, FormatOf(settings), language, columns, table ? report.NotApproved : every);
                }
                if (table)
                {
                    target.WriteLine(language == Language.Zh
                        ? $"本次签批 {report.Approved} 张（其中审批完成 {report.Completed} 张，{report.Approved - report.Completed} 张尚待其他角色签批），未签 {report.NotApproved.Count} 张"
                        : $"Signed {report.Approved} (complete: {report.Completed}; {report.Approved - report.Completed} wait for other roles), left {report.NotApproved.Count}");
                }
            });
            return ExitCodes.Done;
        });
    }
}
