using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Description("Move money between a village's two books through 113 内部往来: a linked pair, posted together.")]
internal sealed class VoucherTransferCommand(CliContext context) : LedgerCommand<VoucherTransferCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--from <BOOK>")]
        public string? From { get; init; }

        [CommandOption("--to <BOOK>")]
        public string? To { get; init; }

        [CommandOption("--amount <AMOUNT>")]
        public string? Amount { get; init; }

        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        [CommandOption("--summary <TEXT>")]
        public string? Summary { get; init; }

        [CommandOption("--from-account <CODE>")]
        [Description("The paying book's bank account, when it has several under 102.")]
        public string? FromAccount { get; init; }

        [CommandOption("--to-account <CODE>")]
        public string? ToAccount { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var from = Parsed(Ledger.Core.Books.BookRef.Parse(Required(settings.From, "--from", "V001/collective")), "--from");
        var to = Parsed(Ledger.Core.Books.BookRef.Parse(Required(settings.To, "--to", "V001/committee")), "--to");
        var amount = Parsed(Money.Parse(Required(settings.Amount, "--amount", "5000.00")), "--amount");
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-03-10")), "--date");
        var summary = Required(settings.Summary, "--summary", "拨付公益金");
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Transfer(from, to, amount, date, summary, settings.FromAccount, settings.ToAccount);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已提交划转：{from} 凭证 {result.Value.From}，{to} 凭证 {result.Value.To}，金额 {amount.ToDisplayString()}"
                : $"Submitted the transfer: {from} voucher {result.Value.From}, {to} voucher {result.Value.To}, {amount.ToDisplayString()}");
            return ExitCodes.Done;
        });
    }
}
