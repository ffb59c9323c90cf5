using Ledger.Cli.Hosting;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("用红字凭证冲销一张已记账凭证，红字凭证即时记账。", "Reverse a posted voucher with a red-ink (红字) voucher, posted at once.")]
internal sealed class VoucherReverseCommand(CliContext context) : LedgerCommand<VoucherReverseCommand.Settings>(context)
{
    public sealed class Settings : VoucherReasonSettings
    {
        [CommandOption("--date <DATE>")]
        [Says("红字凭证的日期；默认为原凭证日期（其月份未结账时），否则为账套最早未结账月份的第一天。", "The red-ink voucher's date; by default the original's date when its month is open, else the first day of the book's earliest open month.")]
        public string? Date { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        var reason = Required(settings.Reason, "--reason", "金额录错");
        DateOnly? date = settings.Date is null ? null : Parsed(DateText.Parse(settings.Date), "--date");
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Reverse(id, reason, date);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var red = result.Value;
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"凭证 {id} 已冲销：红字凭证 {red.Id}（{red.Book} {red.Number.Month} {red.Number}）"
                : $"Voucher {id} reversed by red-ink voucher {red.Id} ({red.Book} {red.Number.Month} {red.Number})");
            return ExitCodes.Done;
        });
    }
}
