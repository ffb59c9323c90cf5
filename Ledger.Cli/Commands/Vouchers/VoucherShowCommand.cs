using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("显示一张凭证及其分录和经历：按 ID（voucher show 17），或按凭证号加账套和月份（voucher show 记-7 --book V001/collective --period 2024-03）。",
    "Show one voucher with its lines and history: by id (voucher show 17), or by its number with the book and month (voucher show 记-7 --book V001/collective --period 2024-03).")]
internal sealed class VoucherShowCommand(CliContext context) : LedgerCommand<VoucherShowCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<ID>")]
        [Says("凭证 ID（voucher list 的 ID 列），或凭证号如 记-7。", "The voucher id (voucher list's id column), or its number such as 记-7.")]
        public string Id { get; init; } = "";

        [CommandOption("--book <BOOK>")]
        [Says("按凭证号查找时必需：凭证所在账套，例如 V001/collective。", "Required with a number: the voucher's book, e.g. V001/collective.")]
        public string? Book { get; init; }

        [CommandOption("--period <PERIOD>")]
        [Says("按凭证号查找时必需：凭证号所在月份，例如 2024-03（凭证号每月从 1 起编）。", "Required with a number: its month, e.g. 2024-03 (numbers restart every month).")]
        public string? Period { get; init; }
    }

    private static readonly Column<VoucherLine>[] LineColumns =
    [
        new("account", new Text("科目", "account"), l => l.Account.Value),
        new("debit", new Text("借方", "debit"), l => l.Debit),
        new("credit", new Text("贷方", "credit"), l => l.Credit),
        new("counterparty", new Text("对方单位", "counterparty"), l => l.Counterparty),
        new("project", new Text("项目", "project"), l => l.Project),
    ];

    private static readonly Column<VoucherEvent>[] HistoryColumns =
    [
        new("action", new Text("操作", "action"), e => new Shown(e.Action, Ledger.Core.Integrity.ActionNames.Label(e.Action))),
        new("user", new Text("用户", "user"), e => e.User),
        new("role", new Text("角色", "role"), e => RoleNames.Parse(e.Role) is { IsRefused: false } role ? new Shown(e.Role, role.Value.Label()) : e.Role),
        new("at_utc", new Text("时间（北京时间）", "at (Beijing time)"), e => e.AtUtc),
        new("reason", new Text("理由", "reason"), e => e.Reason),
    ];

    protected override int Run(Settings settings)
    {
        var number = VoucherNumberArgument.TryParse(settings.Id, settings.Book, settings.Period);
        var id = number is null ? VoucherIdArgument.Parse(settings.Id) : default;
        return WithSession(settings, session =>
        {
            var result = number is { } n ? session.Vouchers.Show(n.Book, n.Number) : session.Vouchers.Show(id);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Emit(settings, target => Write(target, settings, result.Value));
            return ExitCodes.Done;
        });
    }

    private void Write(TextWriter target, Settings settings, VoucherDetails details)
    {
        var voucher = details.Voucher;
        var language = LanguageOf(settings);
        var header = new (string Key, Text Label, object? Value)[]
        {
            ("id", new Text("ID", "id"), voucher.Id.Value),
            ("book", new Text("账套", "book"), voucher.Book.ToString()),
            ("date", new Text("日期", "date"), voucher.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("status", new Text("状态", "status"), new Shown(voucher.Status.Key(), voucher.Status.Label())),
            ("number", new Text("凭证号", "number"), voucher.Number?.ToString()),
            ("source_ref", new Text("原凭证号", "source ref"), voucher.SourceRef),
            ("summary", new Text("摘要", "summary"), voucher.Summary),
            ("amount", new Text("金额", "amount"), voucher.Total),
            ("kind", new Text("类型", "kind"), new Shown(voucher.Kind.Key(), voucher.Kind.Label())),
            ("reversal_of", new Text("冲销凭证", "reverses"), voucher.ReversalOf?.Value),
            ("attachments", new Text("附件数", "attachments"), voucher.AttachmentCount),
            ("prepared_by", new Text("制单人", "prepared by"), voucher.PreparedBy),
        };
        switch (FormatOf(settings))
        {
            case OutputFormat.Json:
                Output.Json(target, writer =>
                {
                    writer.WriteStartObject();
                    Output.JsonFields(writer, header.Select(h => (h.Key, h.Value)));
                    Output.JsonArray(writer, "lines", LineColumns, voucher.Lines);
                    Output.JsonArray(writer, "history", HistoryColumns, details.History);
                    writer.WriteEndObject();
                });
                break;
            default:
                foreach (var (_, label, value) in header.Where(h => h.Value is not null))
                {
                    target.WriteLine($"{label.In(language)}: {(value is Money m ? m.ToDisplayString() : Output.Plain(value, language))}");
                }
                Output.Listing(target, FormatOf(settings), language, LineColumns, voucher.Lines);
                Output.Listing(target, FormatOf(settings), language, HistoryColumns, details.History);
                break;
        }
    }
}
