using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Says("从 .xlsx、.xls 或 .csv 导入报账员的凭证：全部导入；任何一行有错则一张也不导入。", "Import a clerk's vouchers from .xlsx, .xls or .csv: all of the file, or, if any row is wrong, none of it.")]
internal sealed class ImportVouchersCommand(CliContext context) : LedgerCommand<ImportVouchersCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--book <BOOK>")]
        [Says("文件没有 村编码 和 账套 列时，所有行所属的账套。", "The book of every row, when the file has no 村编码 and 账套 columns.")]
        public string? Book { get; init; }

        [CommandOption("--dry-run")]
        [Says("全部检查并说明将导入什么，不写入任何数据。", "Check everything and say what would be imported, writing nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--allow-duplicates")]
        [Says("即使已有账套、日期、编号、金额都相同的凭证也照样导入。", "Import vouchers even when one with the same book, date, number and amount exists.")]
        public bool AllowDuplicates { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = OptionalBook(settings.Book);
        var options = new VoucherImportOptions(book, settings.DryRun, settings.AllowDuplicates);
        return WithSession(settings, session =>
        {
            using var stream = new ProgressStream(InputFile.Open(Context, settings.File));
            var result = ProgressBar.Over(Context, settings.File, stream, () => session.Imports.Vouchers(settings.File, stream, options));
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            ImportReportPrinter.Print(Context.Out, result.Value, LanguageOf(settings));
            return ExitCodes.Done;
        });
    }
}
