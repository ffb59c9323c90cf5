using Ledger.Cli.Hosting;
using Ledger.Core.Import;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("修改自己未记账的凭证（已提交或已退回）：内容整体替换并重新提交。", "Correct your own unposted voucher (submitted or rejected): its content is replaced and it is submitted again.")]
internal sealed class VoucherEditCommand(CliContext context) : LedgerCommand<VoucherEditCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("凭证 ID（voucher list 的 id 列）", "A voucher's id, as voucher list shows it")]
        [CommandArgument(0, "<ID>")]
        public string Id { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("日期，如 2024-03-05", "The date, e.g. 2024-03-05")]
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        [Says("摘要", "The summary (\u6458\u8981)")]
        [CommandOption("--summary <TEXT>")]
        public string? Summary { get; init; }

        [Says("一行分录：科目:借方:贷方[:对方单位[:项目]]，可多次", "One line: account:debit:credit[:counterparty[:project]]; repeat it")]
        [CommandOption("--line <LINE>")]
        public string[] Lines { get; init; } = [];

        [CommandOption("--ref <NUMBER>")]
        public string? Ref { get; init; }

        [CommandOption("--attachments <COUNT>")]
        public int Attachments { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var id = VoucherIdArgument.Parse(settings.Id);
        var book = RequiredBook(settings.Book);
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-03-05")), "--date");
        var draft = new VoucherDraft(book, date, Required(settings.Summary, "--summary", "收取租金"), settings.Lines.Select(LineOption.Parse).ToList(), settings.Ref, settings.Attachments);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Edit(id, draft);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"凭证 {id} 已更正并重新提交" : $"Voucher {id} corrected and submitted again");
            return ExitCodes.Done;
        });
    }
}
