using Ledger.Cli.Hosting;
using Ledger.Core.Import;
using Ledger.Core.Vouchers;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

[Says("提交一张凭证：--line 科目:借方:贷方[:对方单位[:项目]]，至少两行。", "Submit one voucher: --line account:debit:credit[:counterparty[:project]], at least two.")]
internal sealed class VoucherAddCommand(CliContext context) : LedgerCommand<VoucherAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("日期，如 2024-03-05", "The date, e.g. 2024-03-05")]
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        [CommandOption("--summary <TEXT>")]
        [Says("摘要。", "摘要.")]
        public string? Summary { get; init; }

        [Says("一行分录：科目:借方:贷方[:对方单位[:项目]]，可多次", "One line: account:debit:credit[:counterparty[:project]]; repeat it")]
        [CommandOption("--line <LINE>")]
        public string[] Lines { get; init; } = [];

        [CommandOption("--ref <NUMBER>")]
        [Says("报账员原始单据上的凭证号，作为 source_ref 保存。", "The voucher's own number on the clerk's paper, kept as source_ref.")]
        public string? Ref { get; init; }

        [CommandOption("--attachments <COUNT>")]
        [Says("附件张数：所附原始单据张数。", "附件张数: how many source documents are attached.")]
        public int Attachments { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-03-05")), "--date");
        var summary = Required(settings.Summary, "--summary", "收取租金");
        var lines = settings.Lines.Select(LineOption.Parse).ToList();
        var draft = new VoucherDraft(book, date, summary, lines, settings.Ref, settings.Attachments);
        return WithSession(settings, session =>
        {
            var result = session.Vouchers.Add(draft);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"已提交凭证 {result.Value}（{book}，{date:yyyy-MM-dd}）"
                : $"Submitted voucher {result.Value} ({book}, {date:yyyy-MM-dd})");
            return ExitCodes.Done;
        });
    }
}
