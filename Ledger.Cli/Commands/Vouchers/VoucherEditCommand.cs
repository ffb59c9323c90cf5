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
        [CommandArgument(0, "<ID>")]
        public string Id { get; init; } = "";

        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        [CommandOption("--summary <TEXT>")]
        public string? Summary { get; init; }

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
