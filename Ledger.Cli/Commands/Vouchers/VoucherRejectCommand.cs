using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("把凭证退回报账员，须说明原因。", "Send a voucher back to its clerk, with the reason.")]
internal sealed class VoucherRejectCommand(CliContext context) : LedgerCommand<VoucherReasonSettings>(context)
{
    protected override int Run(VoucherReasonSettings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        var reason = Required(settings.Reason, "--reason", "附件不全");
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Reject(id, reason);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"凭证 {id} 已退回：{reason}" : $"Voucher {id} rejected: {reason}");
            return ExitCodes.Done;
        });
    }
}
