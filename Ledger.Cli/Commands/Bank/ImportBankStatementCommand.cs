using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Bank;

[Says("导入银行对账单（银行导出的 CSV、XLSX 或 XLS）；同一笔流水只保存一次。", "Import a bank account's statement (CSV, XLSX or XLS as the bank exports it); lines are kept once.")]
internal sealed class ImportBankStatementCommand(CliContext context) : LedgerCommand<ImportBankStatementCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--account <CODE>")]
        [Says("银行账户科目：账套只有一个时为 102，否则为其明细科目，如 10201。", "The bank account: 102 when the book has one, or its sub-account such as 10201.")]
        public string? Account { get; init; }

        [Says("只检查、说明将做什么，不写入任何数据", "Check and say what would be done, writing nothing")]
        [CommandOption("--dry-run")]
        public bool DryRun { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var account = Required(settings.Account, "--account", "102");
        return WithSession(settings, session =>
        {
            using var stream = InputFile.Open(Context, settings.File);
            var result = session.Bank.ImportStatement(settings.File, stream, book, account, settings.DryRun);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var r = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            var verb = settings.DryRun ? (zh ? "可导入（试运行，未写入）" : "would import (dry run, nothing written)") : (zh ? "已导入" : "imported");
            Context.Out.WriteLine(zh
                ? $"{r.File}: {verb} {r.Book} {r.Account} 对账单 {r.Added} 行（已有 {r.AlreadyKept} 行）；{r.From:yyyy-MM-dd} 至 {r.Through:yyyy-MM-dd}，期初 {r.Opening.ToDisplayString()}，期末 {r.Closing.ToDisplayString()}"
                : $"{r.File}: {verb} {r.Added} statement lines into {r.Book} {r.Account} ({r.AlreadyKept} already kept); {r.From:yyyy-MM-dd} to {r.Through:yyyy-MM-dd}, opening {r.Opening.ToDisplayString()}, closing {r.Closing.ToDisplayString()}");
            return ExitCodes.Done;
        });
    }
}
