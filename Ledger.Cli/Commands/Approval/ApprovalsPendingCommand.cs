using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Users;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Approval;

[Says("列出待审批的凭证，及其审批档次和各自还缺什么。", "List the vouchers waiting for approval, with their tier and what each still needs.")]
internal sealed class ApprovalsPendingCommand(CliContext context) : LedgerCommand<ApprovalsPendingCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [Says("村编码，如 V001", "The village code, e.g. V001")]
        [CommandOption("--village <CODE>")]
        public string? Village { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var period = RequiredPeriod(settings.Period);
        var village = OptionalVillage(settings.Village);
        var language = LanguageOf(settings);
        // A table is read by people and names roles in their language; JSON and CSV keep the role keys for scripts.
        var table = FormatOf(settings) == OutputFormat.Table;
        string RoleName(Ledger.Core.Users.Role r) => table ? r.Label().In(language) : r.Key();
        var separator = table && language == Language.Zh ? "、" : ", ";
        Column<ApprovalAssessment>[] columns =
        [
            new("id", new Text("ID", "id"), a => a.Id.Value),
            new("book", new Text("账套", "book"), a => a.Book.ToString()),
            new("date", new Text("日期", "date"), a => a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("summary", new Text("摘要", "summary"), a => a.Summary),
            new("amount", new Text("金额", "amount"), a => a.Amount),
            new("payment", new Text("支付额", "payment"), a => a.Payment),
            new("approved_by", new Text("已审批", "approved by"), a => string.Join(separator, a.ApprovedBy.Select(p => $"{RoleName(p.Key)}:{p.Value}"))),
            new("needs", new Text("尚需", "needs"), a => string.Join(separator, a.MissingRoles.Select(RoleName))),
            new("blocked", new Text("受阻原因", "blocked by"), a => a.Blocks.Count == 0 ? null : string.Join("; ", a.Blocks.Select(b => b.In(language)))),
        ];
        return WithSession(settings, session =>
        {
            var pending = session.Approvals.Pending(period, village);
            Emit(settings, target => Output.Listing(target, FormatOf(settings), language, columns, pending));
            return ExitCodes.Done;
        });
    }
}
