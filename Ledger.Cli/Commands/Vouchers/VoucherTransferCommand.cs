using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("通过 113 内部往来在本村两本账之间划转资金：一对相互关联的凭证。", "Move money between a village's two books through 113 内部往来: a linked pair, posted together.")]
internal sealed class VoucherTransferCommand(CliContext context) : LedgerCommand<VoucherTransferCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("付款的账套", "The paying book")]
        [CommandOption("--from <BOOK>")]
        public string? From { get; init; }

        [Says("收款的账套", "The receiving book")]
        [CommandOption("--to <BOOK>")]
        public string? To { get; init; }

        [Says("金额，如 5000.00", "The amount, e.g. 5000.00")]
        [CommandOption("--amount <AMOUNT>")]
        public string? Amount { get; init; }

        [Says("日期，如 2024-03-05", "The date, e.g. 2024-03-05")]
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        [Says("摘要", "The summary (\u6458\u8981)")]
        [CommandOption("--summary <TEXT>")]
        public string? Summary { get; init; }

        [CommandOption("--from-account <CODE>")]
        [Says("付款账套的银行账户科目（102 下有多个时）。", "The paying book's bank account, when it has several under 102.")]
        public string? FromAccount { get; init; }

        [Says("收款账套的银行科目（102 下有多个时）", "The receiving book's bank account, when it has several under 102")]
        [CommandOption("--to-account <CODE>")]
        public string? ToAccount { get; init; }

        [Says("附件张数（拨付审批单、银行回单）：两张凭证都附", "How many documents are attached (the approval of the transfer, the bank's slip); both halves carry them")]
        [CommandOption("--attachments <COUNT>")]
        public int? Attachments { get; init; }
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
            var result = session.Vouchers.Transfer(from, to, amount, date, summary, settings.FromAccount, settings.ToAccount, settings.Attachments ?? 0);
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
