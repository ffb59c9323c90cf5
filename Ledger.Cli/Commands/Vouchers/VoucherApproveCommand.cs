using System.ComponentModel;
using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Description("Approve a submitted voucher (never one you prepared).")]
internal sealed class VoucherApproveCommand(CliContext context) : LedgerCommand<VoucherApproveCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<ID>")]
        public string Id { get; init; } = "";

        [CommandOption("--resolution <REF>")]
        [Description("The villagers' meeting resolution (决议编号) a large payment needs.")]
        public string? Resolution { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Approve(id, settings.Resolution);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"凭证 {id} 已审批" : $"Voucher {id} approved");
            return ExitCodes.Done;
        });
    }
}
