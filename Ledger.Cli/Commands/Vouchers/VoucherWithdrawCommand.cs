using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("在记账前撤回自己的凭证。", "Take back your own voucher before it is posted.")]
internal sealed class VoucherWithdrawCommand(CliContext context) : LedgerCommand<VoucherReasonSettings>(context)
{
    protected override int Run(VoucherReasonSettings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Withdraw(id, settings.Reason);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"凭证 {id} 已撤回" : $"Voucher {id} withdrawn");
            return ExitCodes.Done;
        });
    }
}
