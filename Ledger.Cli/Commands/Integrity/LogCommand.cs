using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Identity;
using Ledger.Core.Import;
using Ledger.Core.Integrity;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Integrity;

[Says("操作日志：谁、何时、改了什么、为什么；可按 --since、--user、--voucher 筛选。", "The audit trail: who changed what, when (UTC), and why; filtered by --since, --user and --voucher.")]
internal sealed class LogCommand(CliContext context) : LedgerCommand<LogCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("只列此日期（含）之后的", "Only from this date on")]
        [CommandOption("--since <DATE>")]
        public string? Since { get; init; }

        [Says("凭证 ID（voucher list 的 id 列）", "A voucher's id, as voucher list shows it")]
        [CommandOption("--voucher <ID>")]
        public string? Voucher { get; init; }
    }

    private static readonly Column<LogEntry>[] Columns =
    [
        new("at_utc", new Text("时间（北京时间）", "at (Beijing time)"), e => e.AtUtc),
        new("user", new Text("用户", "user"), e => e.User),
        new("action", new Text("操作", "action"), e => new Shown(e.Action, ActionNames.Label(e.Action))),
        new("subject", new Text("对象", "subject"), e => e.Subject),
        new("amount", new Text("金额", "amount"), e => e.Amount),
        new("detail", new Text("说明", "detail"), e => e.Detail),
    ];

    protected override int Run(Settings settings)
    {
        DateOnly? since = settings.Since is null ? null : Parsed(DateText.Parse(settings.Since), "--since");
        long? voucher = settings.Voucher is null ? null : Vouchers.VoucherIdArgument.Parse(settings.Voucher).Value;
        return WithSession(settings, session =>
        {
            // --user here names whose changes to show; reading the log needs no user.
            var entries = session.Log.Read(since, settings.User, voucher);
            Emit(settings, target => Output.Listing(target, FormatOf(settings), LanguageOf(settings), Columns, entries));
            if (session.ProofMode == ProofMode.Names)
            {
                // On stderr, so that a listing read by a program stays exactly its JSON or CSV.
                Context.Error.WriteLine(LanguageOf(settings) == Language.Zh
                    ? "注意：本乡镇以 --no-passwords 运行（或建于密码功能之前），日志中的操作人只凭用户名，未经密码或登录证明"
                    : "Note: this township runs with --no-passwords (or was made before passwords existed): the users in this log acted by name alone, unproven by password or login");
            }
            return ExitCodes.Done;
        });
    }
}
