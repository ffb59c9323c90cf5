using Ledger.Cli.Hosting;
using Ledger.Core.Users;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("审批一张已提交的凭证（不能审批自己制单的）。", "Approve a submitted voucher (never one you prepared).")]
internal sealed class VoucherApproveCommand(CliContext context) : LedgerCommand<VoucherApproveCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("凭证 ID（voucher list 的 id 列）", "A voucher's id, as voucher list shows it")]
        [CommandArgument(0, "<ID>")]
        public string Id { get; init; } = "";

        [CommandOption("--resolution <REF>")]
        [Says("大额支出所需的村民（代表）会议决议编号（四议两公开）。", "The villagers' meeting resolution (决议编号) a large payment needs.")]
        public string? Resolution { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        return WithSession(settings, session =>
        {
            var result = session.Approvals.Approve(id, settings.Resolution);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            // A partial sign-off says so: the voucher stays submitted until every role of its tier has signed.
            var outcome = result.Value;
            var zh = LanguageOf(settings) == Ledger.Core.Language.Zh;
            var signed = string.Join(zh ? "、" : ", ", outcome.Signed.Select(r => zh ? r.Label().Zh : r.Label().En));
            var needed = string.Join(zh ? "、" : ", ", outcome.StillNeeded.Select(r => zh ? r.Label().Zh : r.Label().En));
            Context.Out.WriteLine((outcome.Complete, zh) switch
            {
                (true, true) => $"凭证 {id} 已审批：已签 {signed}，审批完成，可以记账",
                (true, false) => $"Voucher {id} approved: signed by {signed}; complete, ready to post",
                (false, true) => $"凭证 {id}：已签 {signed}；尚需 {needed}",
                (false, false) => $"Voucher {id}: signed by {signed}; still needs {needed}",
            });
            return ExitCodes.Done;
        });
    }
}
